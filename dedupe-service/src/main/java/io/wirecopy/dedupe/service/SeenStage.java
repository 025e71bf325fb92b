package io.wirecopy.dedupe.service;

/**
 * Seen before: the same article id again changes nothing. With the same text it is a re-send; with
 * another text (an edited page under the same URL) the first decision stands until updates are supported.
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
            draft.outcome = known.contentHash().equals(draft.article.contentHash())
                    ? DedupeEngine.Outcome.RESENT : DedupeEngine.Outcome.CHANGED_RESENT;
        }
    }
}
