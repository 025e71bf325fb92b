package io.wirecopy.shared.event;

/** How dedupe placed an article in its story. */
public enum Relation {
    /** The first article of a new story. */
    NEW,
    /** The same text (canonical form) as an article already in the story. */
    EXACT,
    /** A near-duplicate of an article already in the story. */
    NEAR
}
