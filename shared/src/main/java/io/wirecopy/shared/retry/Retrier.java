package io.wirecopy.shared.retry;

/**
 * Runs an action until it passes: a failure the caller calls retryable is recorded in the
 * {@link DependencyStatus} (readiness reports it) and tried again after the {@link Backoff}'s wait; any
 * other failure is thrown as it is. The status is cleared once the action passes or gives up.
 */
public final class Retrier {

    /** The work to retry. */
    public interface Action<T, E extends Exception> {
        T run() throws E;
    }

    /** Whether a failure is worth another try, given how many attempts failed so far (1 after the first). */
    public interface Retryable {
        boolean test(Exception failure, int failedAttempts);
    }

    private final Backoff backoff;
    private final DependencyStatus status;

    public Retrier(Backoff backoff, DependencyStatus status) {
        this.backoff = backoff;
        this.status = status;
    }

    /**
     * @param what what is being tried, for the status ("the database")
     * @throws InterruptedException when interrupted while waiting to try again (shutting down): the action did not pass
     */
    public <T, E extends Exception> T call(String what, Action<T, E> action, Retryable retryable)
            throws E, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                T result = action.run();
                status.recovered();
                return result;
            } catch (Exception e) {
                if (!retryable.test(e, attempt + 1)) {
                    status.recovered();
                    throw e;
                }
                status.failing(what + ": " + e);
            }
            backoff.sleep(attempt);
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopped while retrying " + what);
            }
        }
    }
}
