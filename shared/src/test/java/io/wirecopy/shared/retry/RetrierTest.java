package io.wirecopy.shared.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetrierTest {

    final DependencyStatus status = new DependencyStatus(Clock.systemUTC());
    final Retrier retrier = new Retrier(new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)), status);

    @Test
    void retriesWhatIsRetryableUntilItPasses() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = retrier.call("the disk", () -> {
            if (calls.incrementAndGet() < 4) {
                throw new IOException("busy");
            }
            return "done";
        }, (e, failed) -> e instanceof IOException);
        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(4);
        assertThat(status.fault()).isEmpty();
    }

    @Test
    void throwsWhatIsNotRetryableAndClearsTheStatus() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrier.call("the disk", () -> {
            throw new IOException("attempt " + calls.incrementAndGet());
        }, (e, failed) -> failed < 3)).isInstanceOf(IOException.class).hasMessage("attempt 3");
        assertThat(status.fault()).isEmpty();
    }

    @Test
    void theStatusSaysWhatFailsWhileItRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        retrier.call("the disk", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IOException("busy");
            }
            assertThat(status.fault()).hasValueSatisfying(f -> {
                assertThat(f.what()).isEqualTo("the disk: java.io.IOException: busy");
                assertThat(f.attempts()).isEqualTo(2);
            });
            return null;
        }, (e, failed) -> true);
    }
}
