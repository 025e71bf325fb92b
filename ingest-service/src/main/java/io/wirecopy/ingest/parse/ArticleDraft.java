package io.wirecopy.ingest.parse;

import java.time.OffsetDateTime;

/** What a parser found for one article, before cleaning and ids. Any field may be null. */
public record ArticleDraft(String url, String source, String title, String byline, OffsetDateTime publishedAt,
        String language, String text) {

    /** Fields given alongside a raw body (query parameters) fill what the parser did not find... */
    public ArticleDraft withDefaults(ArticleDraft given) {
        return new ArticleDraft(
                first(given.url, url), first(given.source, source), first(given.title, title),
                first(given.byline, byline), given.publishedAt != null ? given.publishedAt : publishedAt,
                first(given.language, language), text);
    }

    /** ...and win over it: what the caller states is more reliable than what is guessed from a page. */
    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    public static ArticleDraft empty() {
        return new ArticleDraft(null, null, null, null, null, null, null);
    }
}
