package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.atMost;
import static io.wirecopy.shared.event.Validation.clean;
import static io.wirecopy.shared.event.Validation.httpUrl;
import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.notBlank;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A cleaned article as ingest publishes it. {@code url}, {@code title}, {@code byline},
 * {@code publishedAt}, {@code language} (ISO 639-1) and {@code dateline} ("TEHRAN, April 7 (Reuters) -")
 * may be null; {@code agencies} are the news agencies the article credits (empty when none, never
 * null); {@code text} is the article body without page chrome; {@code contentHash} is
 * {@link io.wirecopy.shared.text.ArticleIds#contentHash(String)} of it; {@code modifiedAt} is when the article says
 * it was last changed (a feed's {@code updated}, JSON's {@code dateModified}, a page's
 * {@code article:modified_time}), null when it does not say: what orders the versions of one article.
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
        String contentHash,
        String dateline,
        List<String> agencies,
        OffsetDateTime modifiedAt) {

    /**
     * The order that picks a story's canonical article, first is canonical: the most complete text
     * (most characters, counted as code points like PostgreSQL's {@code length}), then the earliest
     * published (unknown last), then the smallest id. The store's SQL applies the same order.
     */
    public static final Comparator<Article> CANONICAL_FIRST = Comparator
            .comparingInt((Article a) -> -a.text().codePointCount(0, a.text().length()))
            .thenComparing(Article::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id);

    /**
     * Longest text an article may have, in characters (UTF-16 units): about 80,000 words, several times the longest news
     * features, and what dedupe decides in a fifth of a second at the worst (text built to open a quote at every word).
     * Past it, ingest answers 413 (a feed's item is rejected) and a record written straight to a topic is dead-lettered.
     */
    public static final int MAX_TEXT_CHARS = 500_000;

    public Article {
        matches("Article", "id", id, Validation.ARTICLE_ID);
        notBlank("Article", "source", source);
        notBlank("Article", "text", text);
        atMost("Article", "text", text, MAX_TEXT_CHARS);
        matches("Article", "contentHash", contentHash, Validation.SHA256_HEX);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        clean("Article", "url", url);
        httpUrl("Article", "url", url);
        clean("Article", "source", source);
        clean("Article", "title", title);
        clean("Article", "byline", byline);
        clean("Article", "language", language);
        clean("Article", "text", text);
        clean("Article", "dateline", dateline);
        agencies.forEach(agency -> clean("Article", "agencies", agency));
    }

    /** An article that does not say when it was last changed. */
    public Article(String id, String url, String source, String title, String byline, OffsetDateTime publishedAt,
            String language, String text, String contentHash, String dateline, List<String> agencies) {
        this(id, url, source, title, byline, publishedAt, language, text, contentHash, dateline, agencies, null);
    }

    /** This article saying it was last changed at {@code at}. */
    public Article withModifiedAt(OffsetDateTime at) {
        return new Article(id, url, source, title, byline, publishedAt, language, text, contentHash, dateline, agencies, at);
    }

    /** An article without dateline and credited agencies. */
    public Article(String id, String url, String source, String title, String byline, OffsetDateTime publishedAt,
            String language, String text, String contentHash) {
        this(id, url, source, title, byline, publishedAt, language, text, contentHash, null, List.of());
    }
}
