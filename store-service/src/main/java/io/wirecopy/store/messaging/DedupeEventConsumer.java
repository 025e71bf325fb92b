package io.wirecopy.store.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.store.service.EventApplier;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code news.dedupe} and applies each event once. A record that is not an event is logged
 * and skipped; a database failure stops the consumer so that nothing is lost.
 */
@ApplicationScoped
public class DedupeEventConsumer {

    private static final Logger LOG = Logger.getLogger(DedupeEventConsumer.class);

    private final EventApplier applier;
    private final MeterRegistry metrics;

    public DedupeEventConsumer(EventApplier applier, MeterRegistry metrics) {
        this.applier = applier;
        this.metrics = metrics;
    }

    @Incoming("dedupe")
    @Blocking(ordered = true)
    public void consume(String value) throws SQLException {
        DedupeEvent event;
        try {
            event = EventJson.read(value, DedupeEvent.class);
        } catch (EventJson.EventFormatException e) {
            LOG.errorf("skipping a record of news.dedupe that is not an event: %s", e.getMessage());
            metrics.counter("wirecopy.store.events.skipped").increment();
            return;
        }
        boolean applied = applier.apply(event);
        metrics.counter("wirecopy.store.events", "type", event.getClass().getSimpleName(),
                "outcome", applied ? "applied" : "duplicate").increment();
    }
}
