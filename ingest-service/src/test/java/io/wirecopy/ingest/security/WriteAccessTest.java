package io.wirecopy.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.ingest.security.WriteAccess.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteAccessTest {

    final WriteAccess secured = new WriteAccess(Optional.of("s3cret"));
    final WriteAccess open = new WriteAccess(Optional.empty());

    @Test
    void withATokenOnlyTheTokenCountsWhateverTheHost() {
        assertThat(secured.judge(null, "localhost:8081")).isEqualTo(Verdict.NONE);
        assertThat(secured.judge("Basic czNjcmV0", "localhost")).isEqualTo(Verdict.NONE);
        assertThat(secured.judge("Bearer wrong", "localhost")).isEqualTo(Verdict.BAD_TOKEN);
        assertThat(secured.judge("Bearer s3cre", "localhost")).isEqualTo(Verdict.BAD_TOKEN);
        assertThat(secured.judge("Bearer s3cret", "ingest.example.org")).isEqualTo(Verdict.TOKEN);
        assertThat(secured.judge("bearer  s3cret ", null)).isEqualTo(Verdict.TOKEN);
    }

    @Test
    void withoutATokenOnlyLoopbackNamesMayWrite() {
        assertThat(new WriteAccess(Optional.of("  ")).tokenRequired()).as("a blank token is no token").isFalse();
        for (String host : new String[] {"localhost", "localhost:8081", "LOCALHOST:1", "127.0.0.1", "127.0.0.1:8081",
                "127.9.8.7", "[::1]", "[::1]:8081"}) {
            assertThat(open.judge(null, host)).as(host).isEqualTo(Verdict.LOOPBACK);
        }
        for (String host : new String[] {null, "", "evil.example", "evil.example:8081", "localhost.evil.example",
                "127.0.0.1.nip.io", "127.0.0.1:80:80", "127.0.0.256", "10.0.0.1", "[::2]", "[::1]x", "localhost:abc",
                "0.0.0.0:8081", "x".repeat(400)}) {
            assertThat(open.judge("Bearer anything", host)).as(String.valueOf(host)).isEqualTo(Verdict.NONE);
        }
    }
}
