package io.wirecopy.shared.retry;

import java.time.Duration;

/**
 * Capped exponential backoff: the wait before retry {@code n} (0-based) is {@code initial × 2ⁿ}, at most
 * {@code max}. Waits are deterministic (one consumer retrying alone needs no jitter).
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The wait before retry {@code attempt} (0 for the first retry). */
    public Duration delay(int attempt) {
        Duration wait = initial;
        for (int i = 0; i < attempt && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) < 0 ? wait : max;
    }

    /** Sleeps {@link #delay(int)}; an interrupt is kept and ends the wait. */
    public void sleep(int attempt) {
        try {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(delay(attempt).toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
