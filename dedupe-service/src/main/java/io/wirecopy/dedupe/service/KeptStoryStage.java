package io.wirecopy.dedupe.service;

/**
 * Where the story stage stands for a first decision, this one stands for the latest version of an article: the
 * article stays in its story. Of the copies its new text has (the near and containment stages found them again), it
 * keeps those in its own story, for its reuse; copies in other stories are dropped, so a version never bridges two
 * stories (a live page that grows to quote a second wire story shows it as shared passages, not as a merge).
 */
final class KeptStoryStage implements Stage {

    private final StoryTable stories;

    KeptStoryStage(StoryTable stories) {
        this.stories = stories;
    }

    @Override
    public boolean appliesToVersions() {
        return true;
    }

    @Override
    public void apply(DecisionDraft draft) {
        if (draft.outcome != DedupeEngine.Outcome.REVISED) {
            return; // a first decision: the story stage decides
        }
        draft.copies.removeIf(copy -> !stories.resolve(copy.storyId()).equals(draft.storyId));
    }
}
