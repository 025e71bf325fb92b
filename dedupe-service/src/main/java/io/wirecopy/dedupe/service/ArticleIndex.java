package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.shared.similarity.Lsh;
import io.wirecopy.shared.similarity.MinHash;
import io.wirecopy.shared.similarity.Winnowing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The remembered articles and their indexes: each article's {@link DedupeState.ArticleState}, its id in
 * the LSH bucket of every band and in the posting of every winnowed fingerprint, and its expiry key.
 * Features are computed here with the configured shingle, seed and window sizes.
 */
final class ArticleIndex {

    private final DedupeState state;
    private final DedupeConfig.Near near;
    private final DedupeConfig.Passages passages;
    private final MinHash minHash;
    private final Lsh lsh;

    ArticleIndex(DedupeState state, DedupeConfig config) {
        this.state = state;
        this.near = config.near();
        this.passages = config.passages();
        if (near.bands() * near.rows() > near.permutations()) {
            throw new IllegalArgumentException("wirecopy.dedupe.near: bands x rows (" + near.bands() + " x "
                    + near.rows() + ") needs at least that many permutations, got " + near.permutations());
        }
        this.minHash = new MinHash(near.permutations(), near.seed());
        this.lsh = new Lsh(near.bands(), near.rows());
    }

    TextFeatures features(String text) {
        return TextFeatures.of(text, near.shingleWords(), passages.seedWords(), passages.window());
    }

    long[] buckets(TextFeatures features) {
        return lsh.buckets(minHash.signature(features.shingles()));
    }

    /** The ids in band {@code band}'s bucket {@code bucket}. */
    List<String> bucket(int band, long bucket) {
        return IdLists.bucket(state.buckets(), bucketKey(band, bucket));
    }

    /**
     * The near copies indexed against an article. Its fingerprints are indexed under it, theirs only
     * where they differ, so a text contained in one of them is found through the original.
     */
    List<String> copiesOf(String id) {
        return IdLists.bucket(state.copies(), id);
    }

    /**
     * The earlier articles indexed under the text's distinct fingerprints (stock phrases carry none), best
     * first: by the sum over shared fingerprints of 1 / the articles under it (a site's template, shared by
     * many of its pages, weighs little next to a paragraph found in one other article), then by id; and
     * for every fingerprint how many earlier articles carry it.
     */
    FingerprintHits sharedFingerprints(TextFeatures features) {
        Map<String, SharedFingerprints> shared = new HashMap<>();
        Map<Long, Integer> carriers = new HashMap<>();
        for (long fp : fingerprintHashes(features)) {
            List<String> ids = IdLists.posting(state.postings(), hex16(fp));
            if (ids == null) {
                carriers.put(fp, Integer.MAX_VALUE); // a common fingerprint: every earlier article of its kind
                continue;
            }
            carriers.put(fp, ids.size());
            for (String id : ids) {
                shared.computeIfAbsent(id, SharedFingerprints::new).add(1.0 / ids.size());
            }
        }
        List<SharedFingerprints> ranked = new ArrayList<>(shared.values());
        ranked.sort(Comparator.comparingDouble(SharedFingerprints::weight).reversed()
                .thenComparing(SharedFingerprints::articleId));
        return new FingerprintHits(ranked, carriers);
    }

    /** The earlier articles sharing a text's fingerprints, best first, and how many articles carry each fingerprint. */
    record FingerprintHits(List<SharedFingerprints> ranked, Map<Long, Integer> carriers) {
    }

    /** How many of a text's fingerprints an earlier article carries, and their weight. */
    static final class SharedFingerprints {
        private final String articleId;
        private int count;
        private double weight;

        SharedFingerprints(String articleId) {
            this.articleId = articleId;
        }

        void add(double w) {
            count++;
            weight += w;
        }

        String articleId() {
            return articleId;
        }

        int count() {
            return count;
        }

        double weight() {
            return weight;
        }
    }

    void remember(Article article, String storyId, boolean indexed, long seenAt, String original, Reuse reuse) {
        state.articles().put(article.id(), new DedupeState.ArticleState(storyId, article.contentHash(), article.source(),
                article.text(), indexed, seenAt, original, reuse, article.publishedAt()));
        state.expiry().put(expiryPrefix(seenAt) + article.id(), "");
    }

    /**
     * Indexes an article's bands, and its fingerprints except those of {@code original} (a near copy
     * indexes only what its original lacks: inserted paragraphs, lifted quotes); the copy goes on its
     * original's list of {@link #copiesOf copies}.
     */
    void index(String id, TextFeatures features, long[] buckets, String originalId, TextFeatures original, long seenAt) {
        for (int b = 0; b < buckets.length; b++) {
            IdLists.addToBucket(state.buckets(), bucketKey(b, buckets[b]), id, near.maxBucketSize());
        }
        if (originalId != null) {
            IdLists.addToBucket(state.copies(), originalId, id, Integer.MAX_VALUE);
        }
        Set<Long> known = original == null ? Set.of() : fingerprintHashes(original);
        for (long fp : fingerprintHashes(features)) {
            if (!known.contains(fp)) {
                IdLists.addToPosting(state.postings(), hex16(fp), id, passages.maxDocumentFrequency(), seenAt);
            }
        }
    }

    /**
     * Forgets the articles seen before {@code cutoffMillis}, at most {@code limit} of them: their
     * texts, index entries and exact-copy entries. Returns how many were forgotten.
     */
    int prune(long cutoffMillis, int limit) {
        List<String> expired = state.expiry().keys("", expiryPrefix(cutoffMillis), limit);
        for (String key : expired) {
            String id = key.substring(key.indexOf(':') + 1);
            DedupeState.ArticleState article = state.articles().get(id);
            if (article != null) {
                if (article.indexed()) {
                    TextFeatures features = features(article.text());
                    long[] buckets = buckets(features);
                    for (int b = 0; b < buckets.length; b++) {
                        IdLists.removeFromBucket(state.buckets(), bucketKey(b, buckets[b]), id);
                    }
                    for (long fp : fingerprintHashes(features)) {
                        IdLists.removeFromPosting(state.postings(), hex16(fp), id, cutoffMillis);
                    }
                    if (article.original() != null) {
                        IdLists.removeFromBucket(state.copies(), article.original(), id);
                    }
                    state.copies().delete(id);
                }
                DedupeState.ExactEntry exact = state.exact().get(article.contentHash());
                if (exact != null && exact.articleId().equals(id)) {
                    state.exact().delete(article.contentHash());
                }
                state.articles().delete(id);
            }
            state.expiry().delete(key);
        }
        return expired.size();
    }

    private static Set<Long> fingerprintHashes(TextFeatures features) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (Winnowing.Fingerprint fp : features.fingerprints()) {
            hashes.add(fp.hash());
        }
        return hashes;
    }

    private static String bucketKey(int band, long bucket) {
        return String.format("%02x:", band) + hex16(bucket);
    }

    private static String expiryPrefix(long millis) {
        return String.format("%013d:", millis);
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
