package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.similarity.SetSimilarity;

/**
 * Whether a proposed earlier article is a copy: exact shingle Jaccard at or above
 * {@code near.jaccard}, or, when the smaller of the two has {@code near.containment-min-shingles}
 * shingles or more, the smaller contained in the other at or above {@code near.containment} (a trimmed
 * copy, a brief or lead of a long story, or the full story after a short first version). Both measures
 * are symmetric, so an edge does not depend on which article came first.
 */
final class CopyVerifier {

    private final ArticleIndex index;
    private final StoryTable stories;
    private final DedupeConfig.Near near;

    CopyVerifier(ArticleIndex index, StoryTable stories, DedupeConfig.Near near) {
        this.index = index;
        this.stories = stories;
        this.near = near;
    }

    /**
     * Verifies {@code id} against the draft's text (once per decision); a copy is added to
     * {@link DecisionDraft#copies}. Returns whether it is one.
     */
    boolean verify(DecisionDraft draft, String id) {
        if (!draft.candidates.add(id)) {
            return draft.copies.stream().anyMatch(c -> c.articleId().equals(id));
        }
        KnownArticle other = index.known(id);
        if (other == null) {
            return false; // expired while its index entries wait for pruning
        }
        long[] mine = draft.features().shingles();
        long[] theirs = draft.featuresOf(other).shingles();
        double jaccard = SetSimilarity.jaccard(mine, theirs);
        boolean copy = jaccard >= near.jaccard()
                || (Math.min(mine.length, theirs.length) >= near.containmentMinShingles()
                        && SetSimilarity.containment(mine, theirs) >= near.containment());
        if (copy) {
            draft.copies.add(new DecisionDraft.Copy(id, stories.resolve(other.storyId()), jaccard));
        }
        return copy;
    }
}
