package io.wirecopy.store.service;

import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the query API (docs/contract.md, "Query"). */
public final class Views {

    private Views() {
    }

    public record StorySummary(String id, String title, String canonicalArticleId, int articleCount,
            List<String> sources, OffsetDateTime firstPublishedAt, OffsetDateTime updatedAt) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    /** An article of a story; {@code updatedAt} is when a later version replaced its first (absent when it did not). */
    public record StoryMember(String id, String url, String source, String title, OffsetDateTime publishedAt,
            String relation, double similarity, Reuse reuse,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            OffsetDateTime updatedAt) {
        public StoryMember withReuse(Reuse measured) {
            return new StoryMember(id, url, source, title, publishedAt, relation, similarity, measured, updatedAt);
        }

        /** The URL a page may link to: an absolute http(s) URL, else null (a row written by anything else stays text). */
        public String link() {
            return io.wirecopy.shared.event.Validation.isHttpUrl(url) ? url : null;
        }
    }

    /**
     * How much of an article is copy: the share of its words in passages shared with earlier articles of
     * other sources, and those articles (their story now, and when they were published).
     */
    public record Reuse(double share, List<ReuseSource> sources) {
    }

    public record ReuseSource(String articleId, String storyId, String source, double share, OffsetDateTime publishedAt,
            String title) {
    }

    public record SharedPassage(String text, int words, List<String> articleIds, List<String> storyIds) {
    }

    public record StoryDetail(String id, String title, String canonicalArticleId, String text,
            List<StoryMember> articles, List<SharedPassage> sharedPassages) {
    }

    /**
     * An article, showing its latest version: {@code versions} is how many the store keeps, {@code updatedAt} when a
     * later version replaced the first one shown (absent while the first is shown), {@code modifiedAt} when the
     * version shown says it was modified (absent when it does not say).
     */
    public record ArticleView(String id, String storyId, String url, String source, String title, String byline,
            OffsetDateTime publishedAt, String relation, double similarity, String text, Reuse reuse, int versions,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            OffsetDateTime updatedAt,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            OffsetDateTime modifiedAt) {
    }

    /**
     * One version of an article, newest first: {@code GET /articles/{id}/versions}. {@code revision} (CORRECTION or
     * REWRITE) and {@code similarity} (with the latest version before it) are absent for the first version;
     * {@code shown} marks the version the article shows; {@code modifiedAt} is absent when it did not say.
     */
    public record ArticleVersion(String contentHash, String title,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            OffsetDateTime modifiedAt, OffsetDateTime seenAt,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String revision,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Double similarity, boolean shown, String text) {
    }

    /**
     * A quote, once however many articles carry it: {@code GET /quotes}. {@code speakerDescription} is how an article
     * described a source it did not name ("a spokesman for the ministry"), only while no speaker is named (absent
     * otherwise).
     */
    public record QuoteItem(String id, String text, String speaker,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String speakerDescription, List<String> articleIds, List<String> storyIds, List<Rendering> renderings,
            OffsetDateTime firstSeenAt) {
    }

    /** The same remark in other words: the other quote's wording, where it was first carried, how close. */
    public record Rendering(String text, String articleId, String storyId, double similarity) {
    }

    /** A speaker: the fullest name seen, every form articles used, how many quotes. {@code GET /speakers}. */
    public record Speaker(String id, String name, List<String> names, long quotes) {
    }
}
