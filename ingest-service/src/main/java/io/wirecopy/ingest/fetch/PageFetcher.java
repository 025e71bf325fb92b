package io.wirecopy.ingest.fetch;

import io.wirecopy.ingest.config.FullTextConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches a web page for its article through the {@link WebFetcher} (public addresses only, every hop
 * checked, one deadline, a size cap), politely: robots.txt honoured for the fetcher's agent on every hop
 * (cached per origin; a robots.txt that fails with a server error or cannot be reached forbids, one that
 * is missing allows, RFC 9309).
 */
public class PageFetcher {

    /** A page fetched: the address it came from after redirects, its status, content type and body. */
    public record Page(String url, int status, String contentType, byte[] body) {
    }

    private record CachedRobots(RobotsRules rules, Instant until) {
    }

    /** Origins whose robots.txt is kept at most; past it the cache starts again (a feed cannot grow it without bound). */
    static final int MAX_ROBOTS = 10_000;

    private final WebFetcher web;
    private final FullTextConfig config;
    private final Clock clock;
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

    public PageFetcher(WebFetcher web, FullTextConfig config, Clock clock) {
        this.web = web;
        this.config = config;
        this.clock = clock;
    }

    /** The page at {@code url}, following redirects; a {@link WebFetcher.Refused} when a rule says no. */
    public Page fetch(String url) throws IOException {
        WebFetcher.Response r = web.fetch(new WebFetcher.Request(url,
                Map.of("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"), config.maxBytes(), config.timeout()),
                this::allowedByRobots);
        return new Page(r.url(), r.status(), r.header("content-type"), r.body());
    }

    private void allowedByRobots(URI uri) throws IOException {
        if (!robotsFor(uri).allows(pathAndQuery(uri))) {
            throw new WebFetcher.Refused("robots", "robots.txt of " + uri.getHost() + " disallows it");
        }
    }

    /** The rules of the URL's origin, fetched once per {@code robots-ttl} (a failure is kept for ten minutes at most). */
    private RobotsRules robotsFor(URI uri) throws IOException {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        CachedRobots cached = robots.get(origin);
        Instant now = clock.instant();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.rules();
        }
        RobotsRules rules;
        Duration keep = config.robotsTtl();
        try {
            WebFetcher.Response response = web.fetch(new WebFetcher.Request(origin + "/robots.txt",
                    Map.of("Accept", "text/plain"), RobotsRules.MAX_BYTES, config.timeout(), true), null); // RFC 9309, 2.5
            int status = response.status();
            if (status >= 200 && status < 300) {
                rules = RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8), web.agentToken());
            } else if (status >= 400 && status < 500) {
                rules = RobotsRules.allowAll(); // no robots.txt: no rules (RFC 9309, 2.3.1.3)
            } else {
                rules = RobotsRules.disallowAll();
                keep = min(keep, Duration.ofMinutes(10));
            }
        } catch (WebFetcher.Refused e) {
            if (e.reason().equals("scheme") || e.reason().equals("address") || e.reason().equals("busy")) {
                throw e;
            } else {
                rules = RobotsRules.disallowAll(); // unreachable: assume everything is forbidden (RFC 9309, 2.3.1.4)
                keep = min(keep, Duration.ofMinutes(10));
            }
        }
        if (robots.size() >= MAX_ROBOTS) {
            robots.clear();
        }
        robots.put(origin, new CachedRobots(rules, now.plus(keep)));
        return rules;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
