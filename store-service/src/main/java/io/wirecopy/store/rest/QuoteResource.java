package io.wirecopy.store.rest;

import io.wirecopy.store.repository.QuoteListing;
import io.wirecopy.store.service.Params;
import io.wirecopy.store.service.Views;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /quotes}, {@code GET /speakers}. */
// what any read may answer: a client over its share, the database late
@APIResponse(responseCode = "429", description = "too many requests of this client at once", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "503", description = "the database did not answer in time; try again (Retry-After)",
        content = @Content(mediaType = "application/problem+json"))
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteListing queries;

    public QuoteResource(QuoteListing queries) {
        this.queries = queries;
    }

    @GET
    @Path("quotes")
    @Operation(summary = "Quotes, newest first, each once with every article and story that carries it and its renderings "
            + "(the same remark in other words); filter by speaker (any form of the name), q (full text) and storyId")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "a bad parameter, with which and why", content = @Content(mediaType = "application/problem+json"))
    public Views.Page<Views.QuoteItem> quotes(@QueryParam("speaker") String speaker, @QueryParam("q") String q,
            @QueryParam("storyId") String storyId, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return queries.quotes(Params.text("speaker", speaker, Params.MAX_VALUE_CHARS),
                Params.text("q", q, Params.MAX_QUERY_CHARS), Params.storyId("storyId", storyId),
                Params.integer("limit", limit), Params.text("cursor", cursor, Params.MAX_VALUE_CHARS));
    }

    @GET
    @Path("speakers")
    @Operation(summary = "Speakers, most quoted first, with the fullest name seen and every form articles used; q matches any")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "a bad parameter, with which and why", content = @Content(mediaType = "application/problem+json"))
    public Views.Page<Views.Speaker> speakers(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return queries.speakers(Params.text("q", q, Params.MAX_VALUE_CHARS), Params.integer("limit", limit));
    }
}
