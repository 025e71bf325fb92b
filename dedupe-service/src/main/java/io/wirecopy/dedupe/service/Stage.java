package io.wirecopy.dedupe.service;

/**
 * One step of a decision, as Lucene chains its analysis filters: each stage reads what the stages
 * before it found in the {@link DecisionDraft} and adds what it finds. A stage that settles the
 * article (a re-send, an exact copy) sets its outcome, and the stages after it do not run.
 * {@link DedupeEngine} runs them in order: seen, exact, near, containment, story, passages, reuse,
 * quotes, renderings.
 */
interface Stage {

    void apply(DecisionDraft draft);

    /** Whether it runs for an exact copy too (after the exact stage settled it). */
    default boolean appliesToExactCopies() {
        return false;
    }
}
