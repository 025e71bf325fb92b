package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.required;

import java.time.OffsetDateTime;

/** On {@code news.articles}, keyed by {@code article.id}: ingest accepted and cleaned an article. */
public record ArticleIngested(String eventId, int schemaVersion, OffsetDateTime occurredAt, Article article)
        implements Event {

    public static final int SCHEMA_VERSION = 1;

    public ArticleIngested {
        matches("ArticleIngested", "eventId", eventId, Validation.EVENT_ID);
        Validation.schemaVersion("ArticleIngested", schemaVersion, SCHEMA_VERSION);
        required("ArticleIngested", "occurredAt", occurredAt);
        required("ArticleIngested", "article", article);
    }

    /** The event for {@code article}; its id depends only on the article's id and content. */
    public static ArticleIngested of(Article article, OffsetDateTime occurredAt) {
        return new ArticleIngested(EventIds.of("ArticleIngested", article.id(), article.contentHash()),
                SCHEMA_VERSION, occurredAt, article);
    }
}
