package io.wirecopy.ingest.service;

import java.io.IOException;
import java.time.Duration;

/** Fetches a feed, conditionally when {@code etag} or {@code lastModified} are known. */
public interface FeedFetcher {

    /**
     * What the server answered: {@code status} (200, 304, 429, …), the body and its content type for a
     * 200, the validators to send next time, and how long it asked us to wait ({@code Retry-After}) if it did.
     */
    record Fetched(int status, byte[] body, String contentType, String etag, String lastModified, Duration retryAfter) {
    }

    Fetched fetch(String url, String etag, String lastModified) throws IOException;
}
