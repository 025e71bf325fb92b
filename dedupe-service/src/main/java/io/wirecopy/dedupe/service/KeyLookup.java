package io.wirecopy.dedupe.service;

/**
 * What a decision asks of the posting lists, for the keys of its own article: an LSH bucket's first
 * {@code near.max-bucket-size} earlier articles, and how many and which earlier articles carry a winnowed
 * fingerprint. Answered by the index's own postings ({@link ArticleIndex}) or, split by key, by {@link KeyShard}s.
 */
public interface KeyLookup {

    /** The sequence numbers in band {@code band}'s bucket {@code bucket}, the first {@code near.max-bucket-size}. */
    int[] bucket(int band, long bucket);

    /** How many earlier articles carry fingerprint {@code fp}. */
    int carriers(long fp);

    /** The earlier articles carrying fingerprint {@code fp}, in the order they came (asked only for an uncommon one). */
    int[] carrying(long fp);
}
