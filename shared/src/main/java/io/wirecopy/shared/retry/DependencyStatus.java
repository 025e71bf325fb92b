package io.wirecopy.shared.retry;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a consumer is held up by a dependency that fails for a while (a database restarting, a broker
 * away): set while it retries, cleared when the retry passes. Readiness reports it.
 */
public final class DependencyStatus {

    /** The fault a consumer is retrying: what fails, since when, and how many attempts so far. */
    public record Fault(String what, Instant since, int attempts) {
    }

    private final Clock clock;
    private volatile Fault fault;

    public DependencyStatus(Clock clock) {
        this.clock = clock;
    }

    /** Records a failed attempt; the first one of a run sets the start. */
    public void failing(String what) {
        Fault current = fault;
        fault = new Fault(what, current == null ? clock.instant() : current.since(), current == null ? 1 : current.attempts() + 1);
    }

    /** The dependency answered again. */
    public void recovered() {
        fault = null;
    }

    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    /** What a readiness check shows of the fault: what fails, since when, attempts; empty when none. */
    public java.util.Map<String, Object> describe() {
        Fault f = fault;
        return f == null ? java.util.Map.of()
                : java.util.Map.of("retrying", f.what(), "since", f.since().toString(), "attempts", (long) f.attempts());
    }
}
