package io.wirecopy.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.wirecopy.ingest.service.FeedPoller;
import io.wirecopy.ingest.service.Subscription;
import io.wirecopy.ingest.security.ApiTokenMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Feed subscriptions: {@code POST /subscriptions}, {@code GET /subscriptions[/{id}]}, {@code DELETE /subscriptions/{id}}. */
@RolesAllowed(ApiTokenMechanism.WRITER)
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    /**
     * What a client sends: the feed's URL, how often to poll it (default 15 minutes), and whether items
     * whose text is short are completed from the pages they link to (default false).
     */
    public record Request(String url, Integer intervalMinutes, Boolean fullText) {
    }

    /** What a client sees of a subscription. */
    public record View(String id, String url, int intervalMinutes, Subscription.Status status, Instant createdAt,
            Instant lastFetchAt, Instant lastSuccessAt, String lastError, int consecutiveFailures, Instant nextFetchAt,
            long fetches, long itemsPublished, int itemsRemembered, boolean fullText) {
        static View of(Subscription s) {
            return new View(s.id(), s.url(), s.intervalMinutes(), s.status(), s.createdAt(), s.lastFetchAt(),
                    s.lastSuccessAt(), s.lastError(), s.consecutiveFailures(), s.nextFetchAt(), s.fetches(),
                    s.itemsPublished(), s.seen().size(), s.fullText());
        }
    }

    private final FeedPoller poller;

    public SubscriptionResource(FeedPoller poller) {
        this.poller = poller;
    }

    /** Subscribes, or resumes a paused subscription of the same URL; polled at once, then every interval. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a feed (or resume a paused subscription of the same URL); polled at once, then every interval")
    @APIResponse(responseCode = "201", description = "the subscription, its address in Location",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "no http(s) URL, or a bad interval", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "at the subscription limit", content = @Content(mediaType = "application/problem+json"))
    public Response subscribe(Request request) {
        Subscription s = poller.subscribe(request == null ? null : request.url(), request == null ? null : request.intervalMinutes(),
                request == null ? null : request.fullText());
        return Response.created(URI.create("/subscriptions/" + s.id())).entity(View.of(s)).build();
    }

    @GET
    @Operation(summary = "Every subscription, oldest first: {\"items\": [...]}")
    public Map<String, List<View>> list() {
        return Map.of("items", poller.subscriptions().stream().sorted(Comparator.comparing(Subscription::createdAt)
                .thenComparing(Subscription::id)).map(View::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription: its status, when it was last polled, its last error")
    @APIResponse(responseCode = "200", description = "the subscription",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "no such subscription", content = @Content(mediaType = "application/problem+json"))
    public View get(@PathParam("id") String id) {
        return poller.subscription(id).map(View::of).orElseThrow(() -> new NotFoundException("no subscription " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe")
    @APIResponse(responseCode = "204", description = "gone")
    @APIResponse(responseCode = "404", description = "no such subscription", content = @Content(mediaType = "application/problem+json"))
    public Response delete(@PathParam("id") String id) {
        if (!poller.unsubscribe(id)) {
            throw new NotFoundException("no subscription " + id);
        }
        return Response.noContent().build();
    }
}
