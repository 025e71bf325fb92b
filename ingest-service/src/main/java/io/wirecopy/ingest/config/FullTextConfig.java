package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Fetching the full article behind a feed item whose text is short, {@code wirecopy.ingest.full-text.*};
 * on per subscription ({@code "fullText": true}).
 */
@ConfigMapping(prefix = "wirecopy.ingest.full-text")
public interface FullTextConfig {

    /** An item with fewer words than this is completed from its link. */
    @WithDefault("120")
    int minWords();

    /**
     * Pages fetched for one poll of one feed at most; the items after that are published as they came
     * (a feed of a thousand headlines must not hold the poller for hours).
     */
    @WithDefault("50")
    int maxPerPoll();

    /** Deadline of one page's fetch: redirects, robots.txt and the whole body included. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Largest page read; a longer one is not used. */
    @WithDefault("5242880")
    long maxBytes();

    /** How long a host's robots.txt is kept. */
    @WithDefault("PT6H")
    Duration robotsTtl();
}
