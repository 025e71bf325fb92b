package io.wirecopy.ingest.client;

import io.wirecopy.ingest.config.IngestConfig;
import io.wirecopy.ingest.config.PollingConfig;
import io.wirecopy.ingest.service.FeedFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import io.wirecopy.ingest.fetch.WebFetcher;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Fetches feeds through the {@link WebFetcher} (public addresses only, every redirect hop checked, one
 * deadline for the whole fetch, the body limit of ingest), conditionally (ETag, Last-Modified).
 */
@ApplicationScoped
public class HttpFeedFetcher implements FeedFetcher {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private final WebFetcher web;
    private final Duration timeout;
    private final long maxBytes;

    public HttpFeedFetcher(WebFetcher web, PollingConfig polling, IngestConfig ingest) {
        this.web = web;
        this.timeout = polling.fetchTimeout();
        this.maxBytes = ingest.maxBodyBytes();
    }

    @Override
    public Fetched fetch(String url, String etag, String lastModified) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ACCEPT);
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        WebFetcher.Response r = web.fetch(new WebFetcher.Request(url, headers, maxBytes, timeout), null);
        return new Fetched(r.status(), r.body(), r.header("Content-Type"), r.header("ETag"), r.header("Last-Modified"),
                retryAfter(r.header("Retry-After")));
    }

    /** {@code Retry-After}: seconds, or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.format.DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
