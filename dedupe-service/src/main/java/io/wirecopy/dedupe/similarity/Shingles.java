package io.wirecopy.dedupe.similarity;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles (w-shingling): every run of {@code k} consecutive tokens, hashed with
 * {@link Hash64#words}. A text shorter than {@code k} tokens (but not empty) has one shingle, all its
 * tokens, so short texts still compare by their whole content.
 */
public final class Shingles {

    private Shingles() {
    }

    /** The shingle hashes in text order: entry {@code i} covers tokens {@code [i, i + k)}. */
    public static long[] sequence(List<String> tokens, int k) {
        return sequence(Hash64.each(tokens), k);
    }

    /** {@link #sequence(List, int)} of tokens already hashed with {@link Hash64#each(List)} (each word hashed once). */
    public static long[] sequence(long[] wordHashes, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + k);
        }
        if (wordHashes.length == 0) {
            return new long[0];
        }
        if (wordHashes.length < k) {
            return new long[] {Hash64.words(wordHashes, 0, wordHashes.length)};
        }
        long[] out = new long[wordHashes.length - k + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = Hash64.words(wordHashes, i, k);
        }
        return out;
    }

    /** The shingle set: distinct hashes, sorted ascending (the form {@link SetSimilarity} takes). */
    public static long[] set(List<String> tokens, int k) {
        return distinctSorted(sequence(tokens, k));
    }

    /** {@link #set(List, int)} of tokens already hashed with {@link Hash64#each(List)}. */
    public static long[] set(long[] wordHashes, int k) {
        return distinctSorted(sequence(wordHashes, k));
    }

    static long[] distinctSorted(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
