package io.wirecopy.ingest.rest;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import io.wirecopy.ingest.config.IngestConfig;
import io.wirecopy.shared.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request that declares a body over the ingest limit is answered 413 with a problem body before a byte of
 * it is read. The HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}, the same number) cuts a
 * body that does not declare its length.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long limit;

    public BodyLimitFilter(IngestConfig config) {
        this.limit = config.maxBodyBytes();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && over(length)) {
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                        .end(Json.encode(Problem.of(413, "Payload too large",
                                "the body has " + length.strip() + " bytes, over the limit of " + limit)));
            } else {
                rc.next();
            }
        }, 1000);
    }

    private boolean over(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
