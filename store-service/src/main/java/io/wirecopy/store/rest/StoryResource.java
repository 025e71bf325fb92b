package io.wirecopy.store.rest;

import io.wirecopy.store.service.BadQueryException;
import io.wirecopy.store.repository.PassageListing;
import io.wirecopy.store.repository.StoryDetails;
import io.wirecopy.store.repository.StoryListing;
import io.wirecopy.store.repository.VersionListing;
import io.wirecopy.store.service.Params;
import io.wirecopy.store.service.Views;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /stories}, {@code GET /stories/{id}}, {@code GET /articles/{id}}, {@code GET /articles/{id}/versions}. */
// what any read may answer: a client over its share, the database late
@APIResponse(responseCode = "429", description = "too many requests of this client at once", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "503", description = "the database did not answer in time; try again (Retry-After)",
        content = @Content(mediaType = "application/problem+json"))
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final StoryListing listing;
    private final StoryDetails details;
    private final PassageListing passages;
    private final VersionListing versions;

    public StoryResource(StoryListing listing, StoryDetails details, PassageListing passages, VersionListing versions) {
        this.listing = listing;
        this.details = details;
        this.passages = passages;
        this.versions = versions;
    }

    @GET
    @Path("stories")
    @Operation(summary = "Stories, newest first (or sort=relevance to q), with full-text search, filters (source, since, until, minReuse) and a keyset cursor")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "a bad parameter, with which and why", content = @Content(mediaType = "application/problem+json"))
    public Views.Page<Views.StorySummary> list(@QueryParam("q") String q, @QueryParam("source") String source,
            @QueryParam("since") String since, @QueryParam("until") String until, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("sort") String sort, @QueryParam("minReuse") String minReuse) {
        return listing.list(new StoryListing.Filter(Params.text("q", q, Params.MAX_QUERY_CHARS),
                        Params.text("source", source, Params.MAX_VALUE_CHARS), Params.time("since", since),
                        Params.time("until", until), Params.share("minReuse", minReuse)),
                Params.integer("limit", limit),
                Params.text("cursor", cursor, Params.MAX_VALUE_CHARS), sort(Params.text("sort", sort, Params.MAX_VALUE_CHARS)));
    }

    @GET
    @Path("passages")
    @Operation(summary = "Passages shared by two or more stories (minStories), longest first; q searches their text")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "a bad parameter, with which and why", content = @Content(mediaType = "application/problem+json"))
    public Views.Page<Views.SharedPassage> passages(@QueryParam("q") String q, @QueryParam("storyId") String storyId,
            @QueryParam("minStories") String minStories, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return passages.passages(Params.text("q", q, Params.MAX_QUERY_CHARS), Params.storyId("storyId", storyId),
                Params.integer("minStories", minStories),
                Params.integer("limit", limit), Params.text("cursor", cursor, Params.MAX_VALUE_CHARS));
    }

    private static StoryListing.Sort sort(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("newest")) {
            return StoryListing.Sort.NEWEST;
        }
        if (value.equalsIgnoreCase("relevance")) {
            return StoryListing.Sort.RELEVANCE;
        }
        throw new BadQueryException("sort must be newest or relevance, got '" + value + "'");
    }

    @GET
    @Path("stories/{id}")
    @Operation(summary = "One story: its canonical text, its copies, its shared passages; a merged id redirects")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Views.StoryDetail.class)))
    @APIResponse(responseCode = "301", description = "the story was merged: Location is the story it lives on in")
    @APIResponse(responseCode = "404", description = "no story with that id", content = @Content(mediaType = "application/problem+json"))
    public Response story(@PathParam("id") String id) {
        StoryDetails.StoryLookup lookup = Params.isStoryId("id", id) ? details.story(id).orElse(null) : null;
        if (lookup instanceof StoryDetails.Found found) {
            return Response.ok(found.story()).build();
        }
        if (lookup instanceof StoryDetails.Moved moved) {
            return Response.status(301).location(URI.create("/stories/" + moved.survivorId())).build();
        }
        return ProblemMapper.notFound("no story with id '" + id + "'");
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "One article, showing its latest version, with its story, its relation to the story's canonical article and how many versions it has")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Views.ArticleView.class)))
    @APIResponse(responseCode = "404", description = "no article with that id", content = @Content(mediaType = "application/problem+json"))
    public Response article(@PathParam("id") String id) {
        if (!Params.isArticleId("id", id)) {
            return ProblemMapper.notFound("no article with id '" + id + "'");
        }
        return details.article(id).map(a -> Response.ok(a).build())
                .orElseGet(() -> ProblemMapper.notFound("no article with id '" + id + "'"));
    }

    @GET
    @Path("articles/{id}/versions")
    @Operation(summary = "An article's versions, newest first (when the article says its text last changed: modified, else published; else when seen; then content hash), with a keyset cursor")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "a bad parameter, with which and why", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no article with that id", content = @Content(mediaType = "application/problem+json"))
    public Response versions(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        if (!Params.isArticleId("id", id)) {
            return ProblemMapper.notFound("no article with id '" + id + "'");
        }
        return versions.versions(id, Params.integer("limit", limit), Params.text("cursor", cursor, Params.MAX_VALUE_CHARS))
                .map(page -> Response.ok(page).build())
                .orElseGet(() -> ProblemMapper.notFound("no article with id '" + id + "'"));
    }

}
