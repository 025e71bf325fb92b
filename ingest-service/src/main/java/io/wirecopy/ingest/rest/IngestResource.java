package io.wirecopy.ingest.rest;

import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.text.Dates;
import io.wirecopy.ingest.service.IngestException;
import io.wirecopy.ingest.service.IngestResult;
import io.wirecopy.ingest.service.IngestService;
import io.wirecopy.ingest.security.ApiTokenMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /articles} and {@code POST /feeds}: the body is read as its content type says. */
@RolesAllowed(ApiTokenMechanism.WRITER)
// the answers both doors share; each method adds its own success and 400
@APIResponse(responseCode = "401", description = "no valid token (or, without one configured, not addressed to localhost)",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "413", description = "the body is over the limit", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "415", description = "a content type this door does not take",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "503", description = "Kafka did not take it; try again (Retry-After)",
        content = @Content(mediaType = "application/problem+json"))
@Path("/")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class IngestResource {

    private final IngestService ingest;

    public IngestResource(IngestService ingest) {
        this.ingest = ingest;
    }

    public record ArticleAccepted(String articleId, String status) {
    }

    public record FeedAccepted(int accepted, List<String> articleIds, List<IngestResult.Rejection> rejected) {
    }

    @POST
    @Path("articles")
    @Operation(summary = "Ingest one article (application/json, text/plain or text/html)")
    @APIResponse(responseCode = "202", description = "accepted: the article's id", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ArticleAccepted.class)))
    @APIResponse(responseCode = "400", description = "the body cannot make an article (empty, no text, a bad field), with why", content = @Content(mediaType = "application/problem+json"))
    public Response article(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("url") String url, @QueryParam("source") String source, @QueryParam("title") String title,
            @QueryParam("publishedAt") String publishedAt) {
        IngestResult result = ingest.ingest(body, contentType, IngestService.Entry.ARTICLE,
                given(url, source, title, publishedAt));
        return Response.accepted(new ArticleAccepted(result.accepted().get(0).id(), "accepted")).build();
    }

    @POST
    @Path("feeds")
    @Operation(summary = "Ingest a feed: RSS, Atom, JSON Feed or NDJSON; bad items are rejected, good ones go through")
    @APIResponse(responseCode = "202", description = "taken: the articles accepted, each rejected item with why (an empty feed: accepted 0)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FeedAccepted.class)))
    @APIResponse(responseCode = "400", description = "not a feed (ill-formed, where it breaks), or NDJSON none of whose lines could be used", content = @Content(mediaType = "application/problem+json"))
    public Response feed(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        IngestResult result = ingest.ingest(body, contentType, IngestService.Entry.FEED, ArticleDraft.empty());
        List<String> ids = result.accepted().stream().map(a -> a.id()).toList();
        return Response.accepted(new FeedAccepted(ids.size(), ids, result.rejected())).build();
    }

    private static ArticleDraft given(String url, String source, String title, String publishedAt) {
        try {
            return new ArticleDraft(url, source, title, null, Dates.parse(publishedAt), null, null);
        } catch (IllegalArgumentException e) {
            throw IngestException.bad("query parameter 'publishedAt': " + e.getMessage());
        }
    }
}
