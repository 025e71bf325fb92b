package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.Reuse;
import java.util.List;

/**
 * Exact copy: the same canonical text as a remembered article joins that article's story. All of it is
 * that article's words, so its reuse is the whole text from it when it came from another source (and
 * was not published after it), and what that article reused otherwise (the same page under two URLs).
 */
final class ExactStage implements Stage {

    private final ArticleIndex index;
    private final StoryTable stories;

    ExactStage(ArticleIndex index, StoryTable stories) {
        this.index = index;
        this.stories = stories;
    }

    @Override
    public void apply(DecisionDraft draft) {
        KnownArticle first = index.exact(draft.article.contentHash());
        if (first == null) {
            return;
        }
        draft.storyId = stories.resolve(first.storyId());
        stories.grow(draft.storyId, 1);
        draft.exactOf = first.id();
        draft.reuse = ReuseStage.isSource(first, draft.article)
                ? new Reuse(1.0, List.of(new Reuse.Source(first.id(), draft.storyId, first.source(), 1.0)))
                : first.reuse();
        draft.outcome = DedupeEngine.Outcome.EXACT;
    }
}
