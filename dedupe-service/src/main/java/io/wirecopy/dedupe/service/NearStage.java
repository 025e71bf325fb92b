package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.cursors.IntIntCursor;
import java.util.TreeSet;

/**
 * Near-duplicate: the earlier articles that share LSH band buckets (MinHash of word shingles) are
 * verified ({@link CopyVerifier}). Every one sharing two bands or more is verified, and of those
 * sharing one band only, the first {@code near.max-weak-candidates} by id: a true copy (Jaccard 0.5 or
 * more) shares about five bands of 42; pages that share only a site's template share one now and
 * then, and with many pages of that site would otherwise each be verified.
 */
final class NearStage implements Stage {

    private final ArticleIndex index;
    private final CopyVerifier verifier;
    private final DedupeConfig.Near near;

    NearStage(ArticleIndex index, CopyVerifier verifier, DedupeConfig.Near near) {
        this.index = index;
        this.verifier = verifier;
        this.near = near;
    }

    @Override
    public boolean appliesToVersions() {
        return true;
    }

    @Override
    public void apply(DecisionDraft draft) {
        long[] buckets = draft.buckets();
        IntIntHashMap bands = new IntIntHashMap();
        for (int b = 0; b < buckets.length; b++) {
            for (int seq : index.bucketSeqs(b, buckets[b])) {
                bands.addTo(seq, 1);
            }
        }
        TreeSet<String> strong = new TreeSet<>();
        TreeSet<String> weak = new TreeSet<>();
        for (IntIntCursor c : bands) {
            (c.value >= 2 ? strong : weak).add(index.known(c.key).id());
        }
        weak.stream().limit(near.maxWeakCandidates()).forEach(strong::add);
        strong.forEach(id -> verifier.verify(draft, id));
    }
}
