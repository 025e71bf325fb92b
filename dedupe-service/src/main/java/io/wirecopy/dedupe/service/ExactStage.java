package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.Reuse;
import java.util.List;

/**
 * Exact copy: the same canonical text as a remembered article joins that article's story. All of it is
 * that article's words, so its reuse is the whole text from it when it came from another source (and
 * was not published after it), and what that article reused otherwise (the same page under two URLs).
 */
final class ExactStage implements Stage {

    private final DedupeState state;
    private final StoryTable stories;

    ExactStage(DedupeState state, StoryTable stories) {
        this.state = state;
        this.stories = stories;
    }

    @Override
    public void apply(DecisionDraft draft) {
        DedupeState.ExactEntry exact = state.exact().get(draft.article.contentHash());
        DedupeState.ArticleState first = exact == null ? null : state.articles().get(exact.articleId());
        if (first == null) {
            return;
        }
        draft.storyId = stories.resolve(exact.storyId());
        stories.grow(draft.storyId, 1);
        draft.exactOf = exact.articleId();
        draft.reuse = ReuseStage.isSource(first, draft.article)
                ? new Reuse(1.0, List.of(new Reuse.Source(exact.articleId(), draft.storyId, first.source(), 1.0)))
                : (first.reuse() == null ? Reuse.NONE : first.reuse());
        draft.outcome = DedupeEngine.Outcome.EXACT;
    }
}
