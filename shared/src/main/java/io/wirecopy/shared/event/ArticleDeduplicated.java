package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.required;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * On {@code news.dedupe}, keyed by {@code article.id}: the decision for one article. It carries the
 * article so the store needs no other topic. {@code matchedArticleId} is the article it copies (null
 * for {@link Relation#NEW}); {@code similarity} is the Jaccard similarity of the word shingles of the
 * two texts (1.0 for NEW and EXACT). {@code passages} are the passages it shares with articles of other
 * stories (empty when none, never null; absent in JSON reads as empty). {@code reuse} is how much of
 * the article is found in earlier articles of other sources ({@link Reuse#NONE} when nothing, or absent).
 * {@code quotes} are the direct quotes it carries, each named across articles ({@link Quote}; empty
 * when none, never null; absent in JSON reads as empty).
 */
public record ArticleDeduplicated(
        String eventId,
        int schemaVersion,
        OffsetDateTime occurredAt,
        Article article,
        String storyId,
        Relation relation,
        String matchedArticleId,
        double similarity,
        List<Passage> passages,
        Reuse reuse,
        List<Quote> quotes) implements DedupeEvent {

    public static final int SCHEMA_VERSION = 1;

    public ArticleDeduplicated {
        matches("ArticleDeduplicated", "eventId", eventId, Validation.EVENT_ID);
        Validation.schemaVersion("ArticleDeduplicated", schemaVersion, SCHEMA_VERSION);
        required("ArticleDeduplicated", "occurredAt", occurredAt);
        required("ArticleDeduplicated", "article", article);
        matches("ArticleDeduplicated", "storyId", storyId, Validation.STORY_ID);
        required("ArticleDeduplicated", "relation", relation);
        if (relation == Relation.NEW) {
            if (matchedArticleId != null) {
                throw new IllegalArgumentException("ArticleDeduplicated.matchedArticleId must be null for NEW");
            }
        } else {
            matches("ArticleDeduplicated", "matchedArticleId", matchedArticleId, Validation.ARTICLE_ID);
        }
        if (!(similarity >= 0.0 && similarity <= 1.0)) {
            throw new IllegalArgumentException("ArticleDeduplicated.similarity must be in [0, 1], got " + similarity);
        }
        passages = passages == null ? List.of() : List.copyOf(passages);
        reuse = reuse == null ? Reuse.NONE : reuse;
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    public static ArticleDeduplicated of(Article article, String storyId, Relation relation,
            String matchedArticleId, double similarity, OffsetDateTime occurredAt) {
        return of(article, storyId, relation, matchedArticleId, similarity, List.of(), Reuse.NONE, occurredAt);
    }

    public static ArticleDeduplicated of(Article article, String storyId, Relation relation,
            String matchedArticleId, double similarity, List<Passage> passages, OffsetDateTime occurredAt) {
        return of(article, storyId, relation, matchedArticleId, similarity, passages, Reuse.NONE, occurredAt);
    }

    public static ArticleDeduplicated of(Article article, String storyId, Relation relation,
            String matchedArticleId, double similarity, List<Passage> passages, Reuse reuse, OffsetDateTime occurredAt) {
        return new ArticleDeduplicated(EventIds.of("ArticleDeduplicated", article.id(), article.contentHash()),
                SCHEMA_VERSION, occurredAt, article, storyId, relation, matchedArticleId, similarity, passages, reuse,
                List.of());
    }

    /** This decision with the article's quotes, all else the same. */
    public ArticleDeduplicated withQuotes(List<Quote> found) {
        return new ArticleDeduplicated(eventId, schemaVersion, occurredAt, article, storyId, relation, matchedArticleId,
                similarity, passages, reuse, found);
    }

    /** This decision with other passages (to fit a record size), all else the same. */
    public ArticleDeduplicated withPassages(List<Passage> kept) {
        return new ArticleDeduplicated(eventId, schemaVersion, occurredAt, article, storyId, relation, matchedArticleId,
                similarity, kept, reuse, quotes);
    }
}
