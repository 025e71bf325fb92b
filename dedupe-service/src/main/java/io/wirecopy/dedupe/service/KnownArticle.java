package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.Reuse;
import java.time.OffsetDateTime;

/**
 * A remembered article as decisions see it, held in memory for every article: its dense sequence
 * number (the index's lists hold these, not ids), its id, its story when decided (follow
 * {@link DedupeState.StoryState#mergedInto()} for the current one), its text's hash, its source, whether its
 * bands and fingerprints are indexed, when it was seen (for expiry, and to order its versions), the original it
 * was indexed against (a near copy indexes only the fingerprints its original lacks; null for others), how much of
 * it is copy (an exact copy of the same source takes it over), and when it says it was published and last modified
 * (each null when it does not say: what orders its first version against later ones). Its text is in its {@link ArticleRecord}, read only when a decision needs its words and they are
 * not in the {@link FeatureCache}.
 */
public record KnownArticle(int seq, String id, String storyId, String contentHash, String source, boolean indexed,
        long seenAtMillis, String original, Reuse reuse, OffsetDateTime publishedAt, Long modifiedAtMillis) {

    public KnownArticle {
        reuse = reuse == null ? Reuse.NONE : reuse;
    }

    KnownArticle withSeq(int seq) {
        return new KnownArticle(seq, id, storyId, contentHash, source, indexed, seenAtMillis, original, reuse, publishedAt,
                modifiedAtMillis);
    }
}
