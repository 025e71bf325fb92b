package io.wirecopy.dedupe.service;

import io.wirecopy.shared.text.ArticleIds;
import java.util.Comparator;

/**
 * The story: with no verified copy the article founds one (NEW); else it joins the story of its copies
 * (NEAR, matched to the copy with the highest Jaccard), and when its copies lie in several stories,
 * those stories merge (into the largest, then the smallest id). A story is therefore a connected
 * component of verified copy edges, and since every edge is found when the later of its two articles
 * arrives, the components do not depend on arrival order.
 */
final class StoryStage implements Stage {

    private final StoryTable stories;

    StoryStage(StoryTable stories) {
        this.stories = stories;
    }

    @Override
    public void apply(DecisionDraft draft) {
        if (draft.copies.isEmpty()) {
            draft.storyId = ArticleIds.storyId(draft.article.id());
            stories.found(draft.storyId);
            draft.outcome = DedupeEngine.Outcome.NEW;
            return;
        }
        draft.best = draft.copies.stream().max(Comparator.comparingDouble(DecisionDraft.Copy::jaccard)
                .thenComparing(DecisionDraft.Copy::articleId, Comparator.reverseOrder())).orElseThrow();
        draft.storyId = stories.merge(draft.copies.stream().map(DecisionDraft.Copy::storyId).toList(),
                draft.article.id(), draft.now, draft.merges);
        draft.outcome = DedupeEngine.Outcome.NEAR;
    }
}
