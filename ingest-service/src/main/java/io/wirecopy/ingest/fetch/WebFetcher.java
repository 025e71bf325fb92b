package io.wirecopy.ingest.fetch;

import io.wirecopy.ingest.config.FetchConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The one way ingest reaches the web: feeds, pages and robots.txt all come through here, so its rules hold
 * for every fetch, since a URL is whatever a subscriber or a feed's writer put there.
 * <ul>
 * <li>only absolute http(s) URLs;</li>
 * <li>every name is resolved once, by the connection itself, and each address it resolves to must be public
 * ({@link Addresses}) unless {@code allow-private-addresses} is set: the address that was checked is the
 * address connected to (no second lookup a rebinding DNS server could answer differently);</li>
 * <li>redirects followed by hand, each hop checked again (and by the caller's own rule: robots.txt), at most
 * {@code max-redirects};</li>
 * <li>one deadline for the whole fetch, redirects and body included: at the deadline the request is aborted,
 * whatever the server is dripping;</li>
 * <li>a size cap on the body (after decompression); a bounded number of fetches per host and in all (the
 * connection pool's limits).</li>
 * </ul>
 * A refusal is a {@link Refused} whose message is generic (a subscriber sees "not a public address", "timed
 * out", never which port answered how): the details go to the log at debug.
 */
public class WebFetcher implements AutoCloseable {

    /** What a fetch came back with: the URL after redirects, its status, headers (lower-case names) and body. */
    public record Response(String url, int status, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * One fetch: the URL, extra request headers, the size cap, the deadline, and whether a longer body is
     * cut at the cap ({@code truncate}) rather than refused.
     */
    public record Request(String url, Map<String, String> headers, long maxBytes, Duration timeout, boolean truncate) {
        public Request(String url, Map<String, String> headers, long maxBytes, Duration timeout) {
            this(url, headers, maxBytes, timeout, false);
        }
    }

    /** A check a caller makes on every hop before it is fetched (robots.txt). */
    @FunctionalInterface
    public interface HopCheck {
        void check(URI uri) throws IOException;
    }

    /** A fetch that was not made or not finished, and why, in words safe to show to whoever gave the URL. */
    public static final class Refused extends IOException {
        private final String reason;

        public Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** A short word for metrics: scheme, address, robots, busy, redirects, size, timeout, unreachable. */
        public String reason() {
            return reason;
        }
    }

    /** What the resolver throws for a name with a non-public address, so the fetch can say so. */
    private static final class NotPublic extends UnknownHostException {
        NotPublic(String host) {
            super(host);
        }
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(WebFetcher.class);

    private final FetchConfig config;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wirecopy-fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    public WebFetcher(FetchConfig config) {
        this.config = config;
        DnsResolver checking = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
                if (!config.allowPrivateAddresses() && !Arrays.stream(addresses).allMatch(Addresses::isPublic)) {
                    LOG.debugf("refused %s: %s", host, Arrays.toString(addresses));
                    throw new NotPublic(host);
                }
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(checking)
                        .setMaxConnTotal(config.maxConcurrency()).setMaxConnPerRoute(config.perHostConcurrency())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(30)).build())
                        .build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .setUserAgent(config.userAgent()).build();
    }

    /** The first word of the User-Agent: the name robots.txt rules are matched against. */
    public String agentToken() {
        return config.userAgent().split("[/\\s]", 2)[0];
    }

    /** Fetches {@code request}, following redirects, each hop checked by {@code hop} first (may be null). */
    public Response fetch(Request request, HopCheck hop) throws IOException {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        URI uri = checked(request.url());
        for (int hops = 0; hops <= config.maxRedirects(); hops++) {
            if (hop != null) {
                hop.check(uri);
            }
            Response response = once(uri, request, deadline);
            String location = response.header("location");
            if (response.status() >= 300 && response.status() < 400 && response.status() != 304 && location != null) {
                try {
                    uri = checked(uri.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new Refused("redirects", "a redirect to something that is not a URL");
                }
                continue;
            }
            return response;
        }
        throw new Refused("redirects", "more than " + config.maxRedirects() + " redirects");
    }

    /**
     * One request. How many run at once, in all and per host, is the connection pool's to say
     * ({@code max-concurrency}, {@code per-host-concurrency}): a request waits for a connection up to its
     * deadline, then is refused as busy.
     */
    private Response once(URI uri, Request request, long deadline) throws IOException {
        HttpGet get = new HttpGet(uri);
        ScheduledFuture<?> abort = null;
        try {
            Timeout timeout = Timeout.ofMilliseconds(remainingMillis(deadline));
            get.setConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout).setResponseTimeout(timeout).build());
            request.headers().forEach(get::setHeader);
            abort = deadlines.schedule(get::cancel, remainingMillis(deadline), TimeUnit.MILLISECONDS);
            try (ClassicHttpResponse response = client.executeOpen(null, get, null)) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header h : response.getHeaders()) {
                    headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
                }
                byte[] body = read(response.getEntity(), request.maxBytes(), request.truncate(), deadline);
                return new Response(uri.toString(), response.getCode(), headers, body);
            }
        } catch (Refused e) {
            throw e;
        } catch (ConnectionRequestTimeoutException e) {
            throw new Refused("busy", "too many fetches at once; try later");
        } catch (NotPublic e) {
            throw new Refused("address", uri.getHost() + " is not a public address");
        } catch (UnknownHostException e) {
            throw new Refused("unreachable", "unknown host " + uri.getHost());
        } catch (IOException e) {
            LOG.debugf("fetch of %s failed: %s", uri, e);
            if (System.nanoTime() >= deadline || get.isCancelled() || e instanceof InterruptedIOException) {
                throw new Refused("timeout", "no complete answer within " + request.timeout().toSeconds() + " s");
            }
            throw new Refused("unreachable", "could not fetch it (connection failed)");
        } finally {
            if (abort != null) {
                abort.cancel(false);
            }
        }
    }

    private static byte[] read(HttpEntity entity, long maxBytes, boolean truncate, long deadline) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[(int) Math.min(cap + 1L, 64 * 1024)];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (truncate && out.size() + n >= cap) {
                    out.write(buffer, 0, cap - out.size());
                    break; // what lies beyond is not read
                }
                out.write(buffer, 0, n);
                if (out.size() > cap) {
                    throw new Refused("size", "over the size limit of " + maxBytes + " bytes");
                }
                if (System.nanoTime() >= deadline) {
                    throw new java.net.SocketTimeoutException("deadline");
                }
            }
            return out.toByteArray();
        }
    }

    private static long remainingMillis(long deadline) throws Refused {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new Refused("timeout", "no complete answer in time");
        }
        return left;
    }

    /** The URL as a URI if it is an absolute http(s) URL with a host. */
    public static URI checked(String url) throws Refused {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refused("scheme", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new Refused("scheme", "only absolute http and https URLs without credentials are fetched");
        }
        return uri;
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
