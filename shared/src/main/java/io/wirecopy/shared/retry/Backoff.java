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
        long factor = 1L << Math.min(Math.max(attempt, 0), 30);
        long millis = initial.toMillis() * factor;
        return millis <= 0 || millis > max.toMillis() || millis / factor != initial.toMillis() ? max : Duration.ofMillis(millis);
    }

    /** Sleeps {@link #delay(int)}; an interrupt is kept and ends the wait. */
    public void sleep(int attempt) {
        try {
            Thread.sleep(delay(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
