package io.wirecopy.store.service;

import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.retry.Backoff;
import io.wirecopy.shared.retry.DependencyStatus;
import java.sql.SQLException;

/**
 * Applies one record of {@code news.dedupe}: a record that is not an event, or an event the database
 * refuses for what it holds ({@link SqlFaults}), is handed back to be dead-lettered with the reason; a
 * transient fault is retried with capped exponential backoff until it passes, with the
 * {@link DependencyStatus} set meanwhile (readiness reports it). Applying is idempotent
 * ({@link EventApplier}), so a retry after a fault that hit the commit itself changes nothing twice.
 */
public class RetryingApplier {

    /** What became of a record. */
    public sealed interface Outcome permits Applied, Rejected {
    }

    /** Applied now ({@code fresh}) or applied before. */
    public record Applied(DedupeEvent event, boolean fresh) implements Outcome {
    }

    /** Can never be applied: dead-letter it with this reason and failure class. */
    public record Rejected(String reason, String errorClass) implements Outcome {
    }

    /** Attempts before a failure that is not a {@link SQLException} is taken as the event's. */
    static final int RUNTIME_ATTEMPTS = 3;

    private final EventApplier applier;
    private final Backoff backoff;
    private final DependencyStatus status;

    public RetryingApplier(EventApplier applier, Backoff backoff, DependencyStatus status) {
        this.applier = applier;
        this.backoff = backoff;
        this.status = status;
    }

    /**
     * @throws InterruptedException when the thread is interrupted while waiting to retry (shutting down):
     *                              the record was not applied and must be read again
     */
    public Outcome apply(String value) throws InterruptedException {
        if (value == null || value.isEmpty()) {
            return new Rejected("the record has no value", IllegalArgumentException.class.getName());
        }
        DedupeEvent event;
        try {
            event = EventJson.read(value, DedupeEvent.class);
        } catch (EventJson.EventFormatException e) {
            return new Rejected("not a dedupe event: " + e.getMessage(), e.getClass().getName());
        }
        for (int attempt = 0; ; attempt++) {
            try {
                boolean fresh = applier.apply(event);
                status.recovered();
                return new Applied(event, fresh);
            } catch (SQLException e) {
                if (!SqlFaults.isTransient(e)) {
                    status.recovered();
                    return new Rejected("the database refuses the event (SQLSTATE " + e.getSQLState() + "): "
                            + e.getMessage(), e.getClass().getName());
                }
                status.failing("the database: " + e.getMessage());
            } catch (RuntimeException e) {
                // not the database's word on the data: perhaps a pool closing; a few tries, then it is the event
                if (attempt + 1 >= RUNTIME_ATTEMPTS) {
                    status.recovered();
                    return new Rejected("the event cannot be applied: " + e, e.getClass().getName());
                }
                status.failing("applying: " + e);
            }
            backoff.sleep(attempt);
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopped while retrying event " + event.eventId());
            }
        }
    }
}
