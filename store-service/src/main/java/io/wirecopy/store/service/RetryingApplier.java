package io.wirecopy.store.service;

import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.retry.Retrier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the records of {@code news.dedupe}, a poll's worth at a time in one transaction
 * ({@link #applyAll}), else one by one: a record that is not an event, or an event the database
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
     * Applies records in order: the events among them in one transaction, retried while the fault is
     * transient. When the database refuses the batch, each record is applied on its own, so the one it
     * refuses is rejected and the others are applied. One outcome per record, in order.
     *
     * @throws InterruptedException when the thread is interrupted while waiting to retry (shutting down):
     *                              the records were not applied and must be read again
     */
    public List<Outcome> applyAll(List<String> values) throws InterruptedException {
        Outcome[] outcomes = new Outcome[values.size()];
        List<DedupeEvent> events = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            Object parsed = parse(values.get(i));
            if (parsed instanceof Rejected rejected) {
                outcomes[i] = rejected;
            } else {
                events.add((DedupeEvent) parsed);
                at.add(i);
            }
        }
        if (!events.isEmpty()) {
            try {
                boolean[] fresh = retrier.call("the database", () -> applier.applyAll(events), RetryingApplier::passes);
                for (int e = 0; e < fresh.length; e++) {
                    outcomes[at.get(e)] = new Applied(events.get(e), fresh[e]);
                }
            } catch (SQLException | RuntimeException e) {
                for (int i : at) {
                    outcomes[i] = apply(values.get(i)); // one of them is refused: find it, apply the rest
                }
            }
        }
        return List.of(outcomes);
    }

    /**
     * @throws InterruptedException when the thread is interrupted while waiting to retry (shutting down):
     *                              the record was not applied and must be read again
     */
    public Outcome apply(String value) throws InterruptedException {
        Object parsed = parse(value);
        if (parsed instanceof Rejected rejected) {
            return rejected;
        }
        DedupeEvent event = (DedupeEvent) parsed;
        try {
            return new Applied(event, retrier.call("the database", () -> applier.apply(event), RetryingApplier::passes));
        } catch (SQLException e) {
            return new Rejected("the database refuses the event (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(),
                    e.getClass().getName());
        } catch (RuntimeException e) {
            return new Rejected("the event cannot be applied: " + e, e.getClass().getName());
        }
    }

    /** The record's event, or why it is none. */
    private static Object parse(String value) {
        if (value == null || value.isEmpty()) {
            return new Rejected("the record has no value", IllegalArgumentException.class.getName());
        }
        try {
            return EventJson.read(value, DedupeEvent.class);
        } catch (EventJson.EventFormatException e) {
            return new Rejected("not a dedupe event: " + e.getMessage(), e.getClass().getName());
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
