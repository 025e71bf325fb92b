package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.similarity.SetSimilarity;
import io.wirecopy.shared.text.Sources;

/**
 * Whether a proposed earlier article is a copy: exact shingle Jaccard at or above
 * {@code near.jaccard}, or, when the smaller of the two has {@code near.containment-min-shingles}
 * shingles or more, the smaller contained in the other at or above {@code near.containment} (a trimmed
 * copy, a brief or lead of a long story, or the full story after a short first version). Two pages of one
 * known source must also share an opening ({@link #sameOpening}): what else they share may be their site's
 * template. Every measure is symmetric, so an edge does not depend on which article came first.
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
        if (id.equals(draft.article.id())) {
            return false; // a new version meets its own first version in the index
        }
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
        if (copy && Sources.same(other.source(), draft.article.source())) {
            copy = sameOpening(draft.features(), draft.featuresOf(other));
        }
        if (copy) {
            draft.copies.add(new DecisionDraft.Copy(id, stories.resolve(other.storyId()), jaccard));
        }
        return copy;
    }

    /** How many opening words of a text {@link #sameOpening} reads. */
    static final int OPENING_WORDS = 30;

    /**
     * Whether the opening {@value #OPENING_WORDS} words of one text (their shingles) are at least half in the
     * other text. Two pages of one site can agree on most of their words and be two stories: a "Latest news"
     * list, a related box, a promotion the extraction kept; their openings are their own stories. A copy, a
     * brief or a corrected version opens as its original does, and an update that puts a new paragraph on top
     * still holds the first version's opening. A function of the two texts alone, symmetric.
     */
    static boolean sameOpening(TextFeatures a, TextFeatures b) {
        return openingIn(a, b) || openingIn(b, a);
    }

    private static boolean openingIn(TextFeatures a, TextFeatures b) {
        long[] opening = a.openingShingles(OPENING_WORDS);
        return opening.length == 0 || 2 * SetSimilarity.intersection(opening, b.shingles()) >= opening.length;
    }
}
