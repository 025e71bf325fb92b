package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Containment: a brief, a lead or an excerpt of a long story (down to a tenth of it), or the full story
 * after its first short version, shares few shingles with the other text next to their union, so
 * MinHash-LSH (which estimates Jaccard) does not propose the pair. The winnowed fingerprints do: the
 * earlier articles carrying most of this text's fingerprints (weighed by their rarity, {@link ArticleIndex#sharedFingerprints}) ({@code containment.min-shared-fingerprints}
 * or more, the {@code containment.max-candidates} best) are verified ({@link CopyVerifier}: containment
 * of the smaller text, with a minimum size).
 *
 * <p>A near copy indexes only the fingerprints its original lacks, so a text contained in the copy
 * (and not in the original) carries fingerprints of the original: when an article it hits is no
 * copy, its own copies are verified, breadth first, up to {@code containment.max-copies}, until one is.
 * Every indexed fingerprint of an earlier article is under it or one of its originals, so the pair is
 * found whichever came first.
 */
final class ContainmentStage implements Stage {

    private final ArticleIndex index;
    private final CopyVerifier verifier;
    private final DedupeConfig.Containment containment;

    ContainmentStage(ArticleIndex index, CopyVerifier verifier, DedupeConfig.Containment containment) {
        this.index = index;
        this.verifier = verifier;
        this.containment = containment;
    }

    @Override
    public boolean appliesToVersions() {
        return true;
    }

    @Override
    public void apply(DecisionDraft draft) {
        List<KnownArticle> hits = draft.sharedFingerprints().stream()
                .filter(s -> s.count() >= containment.minSharedFingerprints())
                .limit(containment.maxCandidates())
                .map(ArticleIndex.SharedFingerprints::article)
                .toList();
        for (KnownArticle hit : hits) {
            if (!verifier.verify(draft, hit.id())) {
                verifyCopiesOf(draft, hit);
            }
        }
    }

    private void verifyCopiesOf(DecisionDraft draft, KnownArticle original) {
        Deque<KnownArticle> next = new ArrayDeque<>(index.copiesOf(original));
        Set<String> seen = new HashSet<>();
        next.forEach(a -> seen.add(a.id()));
        int verified = 0;
        while (!next.isEmpty() && verified < containment.maxCopies()) {
            KnownArticle copy = next.poll();
            verified++;
            if (verifier.verify(draft, copy.id())) {
                return;
            }
            for (KnownArticle further : index.copiesOf(copy)) {
                if (seen.add(further.id())) {
                    next.add(further);
                }
            }
        }
    }
}
