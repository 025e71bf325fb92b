package io.wirecopy.store.rest;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import io.wirecopy.shared.Problem;
import io.wirecopy.store.config.StoreConfig;
import io.wirecopy.store.service.ClientSlots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * At most {@code wirecopy.store.queries.per-client-concurrency} requests at a time from one client address;
 * one more is answered 429 with {@code Retry-After} at once, so one client cannot take every database
 * connection from the others. Health probes are not counted.
 */
@ApplicationScoped
public class ClientConcurrencyFilter {

    private final ClientSlots slots;

    public ClientConcurrencyFilter(StoreConfig config) {
        this.slots = new ClientSlots(config.queries().perClientConcurrency());
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.normalizedPath().startsWith("/q/health")) {
                rc.next();
                return;
            }
            String client = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
            if (!slots.tryTake(client)) {
                rc.response().setStatusCode(429).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Retry-After", "1")
                        .end(Json.encode(Problem.of(429, "Too many requests", "at most " + slots.perClient()
                                + " requests at a time from one client; try again")));
                return;
            }
            rc.addEndHandler(done -> slots.give(client));
            rc.next();
        }, 900);
    }
}
