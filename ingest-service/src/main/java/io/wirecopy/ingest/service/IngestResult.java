package io.wirecopy.ingest.service;

import io.wirecopy.shared.event.Article;
import java.util.List;

/** What one payload gave: the articles published, and the feed items refused with their reasons. */
public record IngestResult(List<Article> accepted, List<Rejection> rejected) {

    /** A refused feed item; {@code index} counts items (or NDJSON lines) from 0. */
    public record Rejection(int index, String reason) {
    }
}
