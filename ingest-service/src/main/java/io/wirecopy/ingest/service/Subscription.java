package io.wirecopy.ingest.service;

import io.wirecopy.shared.event.Validation;
import java.time.Instant;
import java.util.List;

/**
 * A polled feed. {@code seen} holds the ids of the most recent articles it gave (bounded), so items
 * are published once; {@code etag} and {@code lastModified} make the next fetch conditional;
 * {@code fullText} completes short items from their links ({@link FullTextCompleter}).
 */
public record Subscription(
        String id,
        String url,
        int intervalMinutes,
        Status status,
        Instant createdAt,
        Instant lastFetchAt,
        Instant lastSuccessAt,
        String lastError,
        int consecutiveFailures,
        Instant nextFetchAt,
        String etag,
        String lastModified,
        long fetches,
        long itemsPublished,
        List<String> seen,
        boolean fullText) {

    public enum Status {
        /** Polled on schedule. */
        ACTIVE,
        /** Too many failures in a row: not polled until subscribed again. */
        PAUSED
    }

    /** Validates what was read (the topic is not trusted): an id, an http(s) URL, an interval and a status. */
    public Subscription {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("a subscription needs an id");
        }
        if (url == null || url.length() > FeedPoller.MAX_URL_CHARS || !Validation.isHttpUrl(url)) {
            throw new IllegalArgumentException("a subscription's url must be http(s)");
        }
        if (intervalMinutes < 1 || intervalMinutes > 7 * 24 * 60 || status == null || createdAt == null || nextFetchAt == null) {
            throw new IllegalArgumentException("a subscription needs an interval of 1 to 10080 minutes, a status and times");
        }
        seen = seen == null ? List.of() : List.copyOf(seen);
    }

    static Subscription of(String id, String url, int intervalMinutes, Instant now, boolean fullText) {
        return new Subscription(id, url, intervalMinutes, Status.ACTIVE, now, null, null, null, 0, now, null, null, 0, 0,
                List.of(), fullText);
    }
}
