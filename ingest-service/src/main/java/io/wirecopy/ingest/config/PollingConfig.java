package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Feed polling, {@code wirecopy.ingest.polling.*}. */
@ConfigMapping(prefix = "wirecopy.ingest.polling")
public interface PollingConfig {

    /** How often due subscriptions are looked for. */
    @WithDefault("10s")
    Duration tick();

    /** Failures in a row after which a subscription is paused. */
    @WithDefault("5")
    int maxFailures();

    /** The longest wait between attempts while failing (the wait doubles per failure up to this). */
    @WithDefault("PT6H")
    Duration maxBackoff();

    /** Deadline of one feed's fetch: connect, redirects and the whole body. */
    @WithDefault("PT30S")
    Duration fetchTimeout();

    /**
     * Items remembered per subscription to skip those seen before; also the most a poll takes of a feed (its first:
     * the newest), so everything a poll takes stays remembered.
     */
    @WithDefault("2000")
    int seenItems();

    /** Subscriptions kept at most; subscribing a new feed past this is refused (429). */
    @WithDefault("1000")
    int maxSubscriptions();

    /** Feeds polled at once: a slow feed holds one of these until its deadline, never the others. */
    @WithDefault("4")
    int concurrency();
}
