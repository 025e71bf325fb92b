package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How ingest reaches the web (feeds, pages, robots.txt), {@code wirecopy.ingest.fetch.*}. Each fetch's
 * deadline and size limit belong to what is fetched: {@code polling.fetch-timeout} and the body limit for
 * feeds, {@code full-text.timeout} and {@code full-text.max-bytes} for pages.
 */
@ConfigMapping(prefix = "wirecopy.ingest.fetch")
public interface FetchConfig {

    /** The User-Agent sent, and the name robots.txt rules are matched against (its first word). */
    @WithDefault("Wirecopy/0.1 (+https://github.com/wirecopy)")
    String userAgent();

    /** Redirects followed, each hop checked like the first address. */
    @WithDefault("5")
    int maxRedirects();

    /** Requests at a time to one host (one scheme, host and port: the connection pool's route); another waits up to its deadline. */
    @WithDefault("2")
    int perHostConcurrency();

    /** Requests at a time in all (the connection pool's size); another waits up to its deadline. */
    @WithDefault("16")
    int maxConcurrency();

    /**
     * Whether loopback, private, link-local and other non-public addresses may be fetched. Off by default:
     * whoever writes a feed or a subscription cannot make Wirecopy reach the machines around it. Tests that
     * serve feeds on 127.0.0.1 turn it on.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
