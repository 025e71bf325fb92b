package io.wirecopy.store.service;

import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.retry.Retrier;
import java.sql.SQLException;

/**
 * Applies one record of {@code news.dedupe}: a record that is not an event, or an event the database
 * refuses for what it holds ({@link SqlFaults}), is handed back to be dead-lettered with the reason; a
 * transient fault is retried ({@link Retrier}: capped exponential backoff, readiness DOWN meanwhile)
 * until it passes. Applying is idempotent
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
    private final Retrier retrier;

    public RetryingApplier(EventApplier applier, Retrier retrier) {
        this.applier = applier;
        this.retrier = retrier;
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
        try {
            return new Applied(event, retrier.call("the database", () -> applier.apply(event), RetryingApplier::passes));
        } catch (SQLException e) {
            return new Rejected("the database refuses the event (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(),
                    e.getClass().getName());
        } catch (RuntimeException e) {
            return new Rejected("the event cannot be applied: " + e, e.getClass().getName());
        }
    }

    /**
     * Whether a failure passes with time: a database fault {@link SqlFaults} calls transient; anything else
     * (perhaps a pool closing) for a few tries, after which it is taken as the event's.
     */
    private static boolean passes(Exception failure, int failedAttempts) {
        return failure instanceof SQLException sql ? SqlFaults.isTransient(sql) : failedAttempts < RUNTIME_ATTEMPTS;
    }
}
