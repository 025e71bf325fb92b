package io.wirecopy.dedupe.similarity;

import io.wirecopy.shared.text.TextNormalizer;
import java.util.List;

/**
 * The 64-bit hashing under every similarity structure. Words are hashed with FNV-1a 64 over their
 * UTF-16 code units; a run of words is folded word by word and finished with MurmurHash3's
 * {@code fmix64}, which spreads the bits so that any bit slice is usable as a smaller hash.
 * Pure functions: the same words give the same hash on every machine and in every version that
 * keeps the golden tests.
 */
public final class Hash64 {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hash64() {
    }

    /** FNV-1a 64 of a word, finished with {@link #mix(long)}. */
    public static long word(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** The hash of {@code words[from, from + count)}: order-sensitive fold of the word hashes. */
    public static long words(List<String> words, int from, int count) {
        long h = count;
        for (int i = from; i < from + count; i++) {
            h = h * GOLDEN + word(words.get(i));
        }
        return mix(h);
    }

    /** {@link #words(List, int, int)} over words already hashed with {@link #word(String)}: the same value. */
    public static long words(long[] wordHashes, int from, int count) {
        long h = count;
        for (int i = from; i < from + count; i++) {
            h = h * GOLDEN + wordHashes[i];
        }
        return mix(h);
    }

    /**
     * {@link #word(String)} of every token of a raw text ({@link TextNormalizer#tokens}), hashing plain
     * ASCII words straight from the text, lower-cased as they are read: the same values, without a string
     * per word.
     */
    public static long[] tokens(String text) {
        long[][] out = {new long[Math.max(16, text == null ? 0 : text.length() / 5)]};
        int[] n = {0};
        TextNormalizer.forEachToken(text, new TextNormalizer.TokenVisitor() {
            @Override
            public void plain(String raw, int start, int end) {
                long h = FNV_OFFSET;
                for (int i = start; i < end; i++) {
                    char c = raw.charAt(i);
                    h ^= c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                    h *= FNV_PRIME;
                }
                add(mix(h));
            }

            @Override
            public void token(String token, int start, int end) {
                add(word(token));
            }

            private void add(long hash) {
                if (n[0] == out[0].length) {
                    out[0] = java.util.Arrays.copyOf(out[0], out[0].length * 2);
                }
                out[0][n[0]++] = hash;
            }
        });
        return java.util.Arrays.copyOf(out[0], n[0]);
    }

    /** {@link #word(String)} of every word. */
    public static long[] each(List<String> words) {
        long[] hashes = new long[words.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = word(words.get(i));
        }
        return hashes;
    }

    /** MurmurHash3 {@code fmix64}: a bijection on 64-bit values with full avalanche. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** SplitMix64: the {@code i}-th value of the stream seeded with {@code seed} (for per-permutation salts). */
    public static long splitMix(long seed, int i) {
        long z = seed + (i + 1) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
