package io.wirecopy.dedupe.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The word and shingle hashes of the most recently used remembered articles, so that verifying or
 * aligning with a candidate does not read and tokenise its text again. Copies of a story arrive close
 * together, so the last few thousand articles answer most lookups. About 16 bytes per word.
 */
final class FeatureCache {

    /** A text's word hashes in order and its distinct shingle hashes, sorted. */
    record Words(long[] words, long[] shingles) {
    }

    private final Map<Integer, Words> bySeq;
    private long hits;
    private long misses;

    FeatureCache(int capacity) {
        this.bySeq = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Words> eldest) {
                return size() > capacity;
            }
        };
    }

    Words get(int seq) {
        Words w = bySeq.get(seq);
        if (w == null) {
            misses++;
        } else {
            hits++;
        }
        return w;
    }

    void put(int seq, Words words) {
        bySeq.put(seq, words);
    }

    void remove(int seq) {
        bySeq.remove(seq);
    }

    long hits() {
        return hits;
    }

    long misses() {
        return misses;
    }
}
