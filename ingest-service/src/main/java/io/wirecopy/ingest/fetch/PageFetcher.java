package io.wirecopy.ingest.fetch;

import io.wirecopy.ingest.config.FullTextConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Fetches a web page for its article, politely and safely, since a feed's links are whatever its
 * writer put there: only http(s); every address a host resolves to must be public (no loopback,
 * link-local, private, carrier-grade NAT, multicast or reserved address, unless configured), checked
 * again on each redirect, of which only so many are followed; robots.txt honoured for the configured
 * agent (cached per host; a robots.txt that fails with a server error forbids, one that is missing
 * allows); at most so many requests at a time per host; a timeout on each request and a size limit on
 * what is read; a User-Agent that says who asks.
 */
public class PageFetcher {

    /** A page fetched: the address it came from after redirects, its status, content type and body. */
    public record Page(String url, int status, String contentType, byte[] body) {
    }

    /** A fetch that was not made or not finished, and why (for the item's log line and the metric). */
    public static final class Refused extends IOException {
        private final String reason;

        public Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** A short word for metrics: scheme, address, robots, busy, redirects, size. */
        public String reason() {
            return reason;
        }
    }

    private record CachedRobots(RobotsRules rules, Instant until) {
    }

    private final FullTextConfig config;
    private final HttpClient client;
    private final Clock clock;
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final String agentToken;

    public PageFetcher(FullTextConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.agentToken = config.userAgent().split("[/\\s]", 2)[0];
    }

    /** The page at {@code url}, following redirects; a {@link Refused} when a rule above says no. */
    public Page fetch(String url) throws IOException {
        URI uri = checked(url);
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            if (!robotsFor(uri).allows(pathAndQuery(uri))) {
                throw new Refused("robots", "robots.txt of " + uri.getHost() + " disallows " + pathAndQuery(uri));
            }
            HttpResponse<InputStream> response = send(uri, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                response.body().close();
                uri = checked(uri.resolve(response.headers().firstValue("Location").get().strip()).toString());
                continue;
            }
            return new Page(uri.toString(), status, response.headers().firstValue("Content-Type").orElse(null), read(response));
        }
        throw new Refused("redirects", "more than " + config.maxRedirects() + " redirects from " + url);
    }

    private HttpResponse<InputStream> send(URI uri, String accept) throws IOException {
        Semaphore slot = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new Semaphore(config.perHostConcurrency()));
        try {
            if (!slot.tryAcquire(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Refused("busy", "already " + config.perHostConcurrency() + " requests to " + uri.getHost());
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout()).GET()
                        .header("User-Agent", config.userAgent()).header("Accept", accept).build();
                return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } finally {
                slot.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private byte[] read(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
            if (body.length > config.maxBytes()) {
                throw new Refused("size", "the page is over the size limit of " + config.maxBytes() + " bytes");
            }
            return body;
        }
    }

    /** The rules of the URL's host, fetched once per {@code robots-ttl} (a failure is kept for ten minutes at most). */
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
            HttpResponse<InputStream> response = send(URI.create(origin + "/robots.txt"), "text/plain");
            int status = response.statusCode();
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(RobotsRules.MAX_BYTES); // what lies beyond is not read (RFC 9309, 2.5)
            }
            if (status >= 200 && status < 300) {
                rules = RobotsRules.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), agentToken);
            } else if (status >= 400 && status < 500) {
                rules = RobotsRules.allowAll(); // no robots.txt: no rules (RFC 9309, 2.3.1.3)
            } else {
                rules = RobotsRules.disallowAll();
                keep = min(keep, Duration.ofMinutes(10));
            }
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            rules = RobotsRules.disallowAll(); // unreachable: assume everything is forbidden (RFC 9309, 2.3.1.4)
            keep = min(keep, Duration.ofMinutes(10));
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

    /** The URL as a URI if its scheme is http(s) and every address of its host may be fetched. */
    URI checked(String url) throws Refused {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused("scheme", "not a URL: " + url);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new Refused("scheme", "only absolute http and https URLs are fetched, not " + url);
        }
        if (!config.allowPrivateAddresses()) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw new Refused("address", "unknown host " + uri.getHost());
            }
            for (InetAddress a : addresses) {
                if (!isPublic(a)) {
                    throw new Refused("address", uri.getHost() + " is " + a.getHostAddress()
                            + ", not a public address (wirecopy.ingest.full-text.allow-private-addresses)");
                }
            }
        }
        return uri;
    }

    /** Whether an address is on the public internet: not loopback, link-local, private, shared, multicast or reserved. */
    public static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int o0 = b[0] & 0xFF;
            int o1 = b[1] & 0xFF;
            return !(o0 == 0 || o0 >= 240 // this network, reserved and broadcast
                    || (o0 == 100 && (o1 & 0xC0) == 64) // carrier-grade NAT 100.64/10
                    || (o0 == 192 && o1 == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                    || (o0 == 198 && (o1 == 18 || o1 == 19))); // benchmarking
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            boolean uniqueLocal = (first & 0xFE) == 0xFC; // fc00::/7
            boolean documentation = first == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8;
            boolean mappedOrCompat = true;
            for (int i = 0; i < 10; i++) {
                mappedOrCompat &= b[i] == 0;
            }
            // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address: judged as that address
            if (mappedOrCompat && ((b[10] == 0 && b[11] == 0) || ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF))) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal && !documentation;
        }
        return false;
    }
}
