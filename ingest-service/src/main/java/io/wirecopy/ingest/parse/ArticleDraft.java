package io.wirecopy.ingest.parse;

import java.time.OffsetDateTime;

/**
 * What a parser found for one article, before cleaning and ids. Any field may be null; {@code modifiedAt} is when
 * the article says it was last changed (a feed's {@code updated}, JSON's {@code dateModified}, a page's
 * {@code article:modified_time}).
 */
public record ArticleDraft(String url, String source, String title, String byline, OffsetDateTime publishedAt,
        String language, String text, OffsetDateTime modifiedAt) {

    /** A draft that does not say when the article was last changed. */
    public ArticleDraft(String url, String source, String title, String byline, OffsetDateTime publishedAt,
            String language, String text) {
        this(url, source, title, byline, publishedAt, language, text, null);
    }

    /**
     * This draft with the fields stated alongside a raw body (query parameters) laid over it: a stated
     * field wins over the parsed one, since the caller is more reliable than a guess from a page. The
     * text is always the parsed one.
     */
    public ArticleDraft withDefaults(ArticleDraft given) {
        return new ArticleDraft(
                first(given.url, url), first(given.source, source), first(given.title, title),
                first(given.byline, byline), given.publishedAt != null ? given.publishedAt : publishedAt,
                first(given.language, language), text, given.modifiedAt != null ? given.modifiedAt : modifiedAt);
    }

    /** This draft with another text. */
    public ArticleDraft withText(String other) {
        return new ArticleDraft(url, source, title, byline, publishedAt, language, other, modifiedAt);
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    public static ArticleDraft empty() {
        return new ArticleDraft(null, null, null, null, null, null, null);
    }
}
