package io.wirecopy.dedupe.similarity;

import java.util.Arrays;

/**
 * MinHash signatures: for each of {@code n} hash functions {@code h_i(x) = mix(x ^ salt_i)} (salts
 * from SplitMix64 of the seed), the minimum over the shingle set. The probability that two signatures
 * agree in a position is the Jaccard similarity of the sets, so {@link #estimate} is an unbiased
 * estimate of it with standard error {@code sqrt(J(1-J)/n)}.
 */
public final class MinHash {

    private final long[] salts;

    public MinHash(int permutations, long seed) {
        if (permutations < 1) {
            throw new IllegalArgumentException("MinHash needs at least one permutation, got " + permutations);
        }
        this.salts = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            salts[i] = Hash64.splitMix(seed, i);
        }
    }

    public int permutations() {
        return salts.length;
    }

    /** The signature of a shingle set (hashes in any order, duplicates allowed); all {@code Long.MAX_VALUE} when empty. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[salts.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < salts.length; i++) {
                long h = Hash64.mix(x ^ salts[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The fraction of positions where two signatures agree: the Jaccard estimate. */
    public static double estimate(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + a.length + " and " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
