package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How publishing a batch of {@code news.ingest} records is retried while the broker does not take it,
 * {@code wirecopy.ingest.retry.*} (environment: {@code INGEST_RETRY_*}).
 */
@ConfigMapping(prefix = "wirecopy.ingest.retry")
public interface RetryConfig {

    /** The first wait; each next wait is twice the last. Default 100 ms. */
    @WithDefault("PT0.1S")
    Duration initialBackoff();

    /** The longest wait between two attempts. Default 30 s. */
    @WithDefault("PT30S")
    Duration maxBackoff();
}
