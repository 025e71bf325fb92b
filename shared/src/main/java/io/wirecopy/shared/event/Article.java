package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.notBlank;

import java.time.OffsetDateTime;

/**
 * A cleaned article as ingest publishes it. {@code url}, {@code title}, {@code byline},
 * {@code publishedAt} and {@code language} may be null; {@code text} is the article body without page
 * chrome; {@code contentHash} is {@link io.wirecopy.shared.text.ArticleIds#contentHash(String)} of it.
 */
public record Article(
        String id,
        String url,
        String source,
        String title,
        String byline,
        OffsetDateTime publishedAt,
        String language,
        String text,
        String contentHash) {

    public Article {
        matches("Article", "id", id, Validation.ARTICLE_ID);
        notBlank("Article", "source", source);
        notBlank("Article", "text", text);
        matches("Article", "contentHash", contentHash, Validation.SHA256_HEX);
    }
}
