package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.required;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * On {@code news.dedupe}, keyed by {@code article.id}: a new version of an article dedupe decided before (the same
 * id, another content hash). {@code article} is the version as ingest cleaned it; {@code storyId} the story the
 * article is in, which a version never changes (stories never split, and a page that grows never bridges two);
 * {@code previousContentHash} the version that was latest before this one; {@code latest} whether this version
 * is now the latest (by when the article says its text last changed, {@code article.modifiedAt} else
 * {@code article.publishedAt}, else by {@code seenAt}, then by content hash: a version
 * arriving late and older is kept and not shown); {@code revision} whether it is a {@link Revision#CORRECTION}
 * (its text nearly the previous latest one's) or a {@link Revision#REWRITE}; {@code similarity} the Jaccard
 * similarity of the two texts' word shingles; {@code seenAt} when dedupe saw it. A latest version carries
 * what its text shares, found again as for a new arrival in its story: {@code passages} with other stories, its
 * {@code reuse} of earlier articles of other sources, its {@code quotes} (each empty, never null, for a version that
 * is not the latest; absent in JSON reads as empty).
 */
public record ArticleRevised(
        String eventId,
        int schemaVersion,
        OffsetDateTime occurredAt,
        Article article,
        String storyId,
        String previousContentHash,
        boolean latest,
        Revision revision,
        double similarity,
        OffsetDateTime seenAt,
        List<Passage> passages,
        Reuse reuse,
        List<Quote> quotes) implements DedupeEvent {

    public static final int SCHEMA_VERSION = 1;

    /** How much a version changed from the latest one before it. */
    public enum Revision {
        /** Nearly the same text: a corrected name, an added line. */
        CORRECTION,
        /** A text rewritten: an update that grew or replaced the story. */
        REWRITE
    }

    public ArticleRevised {
        matches("ArticleRevised", "eventId", eventId, Validation.EVENT_ID);
        Validation.schemaVersion("ArticleRevised", schemaVersion, SCHEMA_VERSION);
        required("ArticleRevised", "occurredAt", occurredAt);
        required("ArticleRevised", "article", article);
        matches("ArticleRevised", "storyId", storyId, Validation.STORY_ID);
        matches("ArticleRevised", "previousContentHash", previousContentHash, Validation.SHA256_HEX);
        required("ArticleRevised", "revision", revision);
        required("ArticleRevised", "seenAt", seenAt);
        if (previousContentHash.equals(article.contentHash())) {
            throw new IllegalArgumentException("ArticleRevised: a version must change the content hash");
        }
        if (!(similarity >= 0.0 && similarity <= 1.0)) {
            throw new IllegalArgumentException("ArticleRevised.similarity must be in [0, 1], got " + similarity);
        }
        passages = passages == null ? List.of() : List.copyOf(passages);
        reuse = reuse == null ? Reuse.NONE : reuse;
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        if (!latest && (!passages.isEmpty() || !quotes.isEmpty() || reuse.share() > 0)) {
            throw new IllegalArgumentException("ArticleRevised: only the latest version carries passages, reuse and quotes");
        }
    }

    /** The event for one version; its id depends only on the article's id and the version's content. */
    public static ArticleRevised of(Article version, String storyId, String previousContentHash, boolean latest,
            Revision revision, double similarity, OffsetDateTime seenAt, OffsetDateTime occurredAt) {
        return new ArticleRevised(EventIds.of("ArticleRevised", version.id(), version.contentHash()), SCHEMA_VERSION,
                occurredAt, version, storyId, previousContentHash, latest, revision, similarity, seenAt, List.of(),
                Reuse.NONE, List.of());
    }

    /** This version with what its text shares (a latest version). */
    public ArticleRevised sharing(List<Passage> found, Reuse measured, List<Quote> carried) {
        return new ArticleRevised(eventId, schemaVersion, occurredAt, article, storyId, previousContentHash, latest,
                revision, similarity, seenAt, found, measured, carried);
    }

    /** This version with other passages (to fit a record size), all else the same. */
    public ArticleRevised withPassages(List<Passage> kept) {
        return sharing(kept, reuse, quotes);
    }
}
