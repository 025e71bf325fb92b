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

    /** The User-Agent sent, and the name robots.txt rules are matched against (its first word). */
    @WithDefault("Wirecopy/0.1 (full-text fetcher; +https://github.com/wirecopy)")
    String userAgent();

    /** Timeout of one request (connect and the whole response). */
    @WithDefault("PT10S")
    Duration timeout();

    /** Largest page read; a longer one is not used. */
    @WithDefault("5242880")
    long maxBytes();

    /** Redirects followed, each checked like the first address. */
    @WithDefault("5")
    int maxRedirects();

    /** Requests at a time to one host. */
    @WithDefault("2")
    int perHostConcurrency();

    /** How long a host's robots.txt is kept. */
    @WithDefault("PT6H")
    Duration robotsTtl();

    /**
     * Whether pages on loopback, link-local, private and other non-public addresses may be fetched. A feed
     * is written by whoever runs it, so by default its links cannot reach the machines around Wirecopy.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
