package io.wirecopy.dedupe.service;

/**
 * Seen before: the same article id with the same text is a re-send and changes nothing; with another text (an
 * edited page under the same URL) it is a new version, which the {@link RevisionStage revision stage} decides.
 */
final class SeenStage implements Stage {

    private final ArticleIndex index;

    SeenStage(ArticleIndex index) {
        this.index = index;
    }

    @Override
    public void apply(DecisionDraft draft) {
        KnownArticle known = index.known(draft.article.id());
        if (known != null) {
            draft.seenBefore = known;
            if (known.contentHash().equals(draft.article.contentHash())) {
                draft.outcome = DedupeEngine.Outcome.RESENT;
            }
        }
    }
}
