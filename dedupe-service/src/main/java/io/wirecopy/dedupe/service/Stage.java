package io.wirecopy.dedupe.service;

/**
 * One step of a decision. The stages share one {@link DecisionDraft}: a documented draft, not a free-for-all
 * blackboard, in which every field has one writer (the draft names it beside the field) and is read only by
 * the stages after that writer, so one article can be followed through the chain by reading the stages in
 * order. A stage that settles the article (a re-send, an exact copy) sets its outcome, and the stages after
 * it do not run, except those that {@link #appliesToExactCopies} (and, for the latest version of an article decided
 * before, those that {@link #appliesToVersions}). {@link DedupeEngine} runs them in order: seen, revision, exact,
 * near, containment, kept story, story, passages, reuse, quotes, renderings.
 */
interface Stage {

    void apply(DecisionDraft draft);

    /** Whether it runs for an exact copy too (after the exact stage settled it). */
    default boolean appliesToExactCopies() {
        return false;
    }

    /**
     * Whether it runs for the latest version of an article decided before (after the revision stage settled it):
     * what the new text shares is found again, in the article's own story; where the article belongs is not.
     */
    default boolean appliesToVersions() {
        return false;
    }
}
