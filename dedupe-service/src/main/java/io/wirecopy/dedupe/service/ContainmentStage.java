package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import java.util.List;

/**
 * Containment: a brief, a lead or an excerpt of a long story (down to a tenth of it), or the full story
 * after its first short version, shares few shingles with the other text next to their union, so
 * MinHash-LSH (which estimates Jaccard) does not propose the pair. The winnowed fingerprints do: the
 * earlier articles carrying most of this text's fingerprints (weighed by their rarity, {@link ArticleIndex#sharedFingerprints}) ({@code containment.min-shared-fingerprints}
 * or more, the {@code containment.max-candidates} best) are verified ({@link CopyVerifier}: containment
 * of the smaller text, with a minimum size).
 *
 * <p>Every indexed article posts all its distinct fingerprints (a near copy too), so a text contained in
 * a copy and not in its original finds the copy itself.
 */
final class ContainmentStage implements Stage {

    private final CopyVerifier verifier;
    private final DedupeConfig.Containment containment;

    ContainmentStage(CopyVerifier verifier, DedupeConfig.Containment containment) {
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
            verifier.verify(draft, hit.id());
        }
    }
}
