package io.wirecopy.dedupe.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages two token sequences share. Seeds are the k-grams they have in common; each seed
 * grows forward and backward over equal tokens and across small edits: at a mismatch it may skip up
 * to {@code maxGap} tokens on either side (a changed word, an inserted or dropped phrase) if at least
 * {@code anchorWords} equal tokens follow the skip. Growth stops at the last equal token, so a passage
 * always starts and ends on shared words. Seeds inside a passage already found are not grown again.
 *
 * <p>Passages shorter than {@code minWords} (counted in {@code a}) are dropped.
 */
public final class PassageAligner {

    /** Tuning: seed length, the largest skip per edit, the equal run an edit needs after it, the shortest passage kept. */
    public record Settings(int seedWords, int maxGap, int anchorWords, int minWords) {
        public Settings {
            if (seedWords < 1 || maxGap < 0 || anchorWords < 1 || minWords < 1) {
                throw new IllegalArgumentException("bad passage settings: " + seedWords + ", " + maxGap + ", "
                        + anchorWords + ", " + minWords);
            }
        }
    }

    /** Tokens {@code [aStart, aEnd)} of a match tokens {@code [bStart, bEnd)} of b, with {@code edits} small edits. */
    public record Passage(int aStart, int aEnd, int bStart, int bEnd, int edits) {
        public int words() {
            return aEnd - aStart;
        }

        boolean covers(int i, int j) {
            return i >= aStart && i < aEnd && j >= bStart && j < bEnd;
        }
    }

    /** A k-gram repeated more often than this inside one text seeds at most this many alignments. */
    private static final int MAX_SEEDS_PER_KGRAM = 8;

    private final Settings settings;

    public PassageAligner(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** The shared passages of {@code a} and {@code b}, in order of their start in {@code a}. */
    public List<Passage> align(List<String> a, List<String> b) {
        long[] aWords = Hash64.each(a);
        long[] bWords = Hash64.each(b);
        int k = settings.seedWords();
        if (a.size() < k || b.size() < k) {
            return new ArrayList<>();
        }
        return align(aWords, Shingles.sequence(aWords, k), bWords, Shingles.sequence(bWords, k));
    }

    /**
     * {@link #align(List, List)} over the texts' word hashes ({@link Hash64#word}; equal words have equal
     * hashes, and two different words the same 64-bit hash with negligible probability) and their seed
     * k-gram hashes ({@link Shingles#sequence} with {@code seedWords}).
     */
    public List<Passage> align(long[] a, long[] aGrams, long[] b, long[] bGrams) {
        return prepare(a, aGrams).align(b, bGrams);
    }

    /** A text prepared to be aligned with many others: its k-grams are indexed once. */
    public Prepared prepare(long[] a, long[] aGrams) {
        return new Prepared(a, aGrams);
    }

    /**
     * One text's k-grams in an open-addressing table, and scratch space to align it with others one at a
     * time (not thread-safe). Aligning with {@code b} marks, for each k-gram of this text, its first
     * {@value #MAX_SEEDS_PER_KGRAM} positions in {@code b}; seeds are then tried in the order of this
     * text, as {@link PassageAligner#align(List, List)} defines.
     */
    public final class Prepared {
        private final long[] a;
        private final long[] keys;
        private final boolean[] taken;
        private final int[] slotOfA;
        private final int mask;
        private final int[] count;
        private final int[] positions;
        private final int[] touched;

        private Prepared(long[] a, long[] aGrams) {
            this.a = a;
            int capacity = Integer.highestOneBit(Math.max(4, aGrams.length * 2 - 1)) << 1;
            this.keys = new long[capacity];
            this.taken = new boolean[capacity];
            this.mask = capacity - 1;
            this.slotOfA = new int[aGrams.length];
            for (int i = 0; i < aGrams.length; i++) {
                int slot = (int) aGrams[i] & mask; // k-gram hashes are mixed already
                while (taken[slot] && keys[slot] != aGrams[i]) {
                    slot = (slot + 1) & mask;
                }
                taken[slot] = true;
                keys[slot] = aGrams[i];
                slotOfA[i] = slot;
            }
            this.count = new int[capacity];
            this.positions = new int[capacity * MAX_SEEDS_PER_KGRAM];
            this.touched = new int[capacity];
        }

        private int find(long key) {
            int slot = (int) key & mask;
            while (taken[slot]) {
                if (keys[slot] == key) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** The passages this text shares with {@code b} (word hashes and seed k-grams), in order of their start here. */
        public List<Passage> align(long[] b, long[] bGrams) {
            int k = settings.seedWords();
            List<Passage> found = new ArrayList<>();
            if (a.length < k || b.length < k) {
                return found;
            }
            int touchedCount = 0;
            for (int j = 0; j < bGrams.length; j++) {
                int slot = find(bGrams[j]);
                if (slot >= 0 && count[slot] < MAX_SEEDS_PER_KGRAM) {
                    if (count[slot] == 0) {
                        touched[touchedCount++] = slot;
                    }
                    positions[slot * MAX_SEEDS_PER_KGRAM + count[slot]++] = j;
                }
            }
            if (touchedCount == 0) {
                return found;
            }
            List<Passage> grown = new ArrayList<>();
            for (int i = 0; i < slotOfA.length; i++) {
                int slot = slotOfA[i];
                for (int c = 0; c < count[slot]; c++) {
                    int j = positions[slot * MAX_SEEDS_PER_KGRAM + c];
                    if (!equalRun(a, i, b, j, k) || isCovered(grown, i, j)) {
                        continue;
                    }
                    Passage p = grow(a, b, i, j);
                    grown.add(p);
                    if (p.words() >= settings.minWords()) {
                        found.add(p);
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                count[touched[t]] = 0;
            }
            return found;
        }
    }

    private static boolean isCovered(List<Passage> grown, int i, int j) {
        for (Passage p : grown) {
            if (p.covers(i, j)) {
                return true;
            }
        }
        return false;
    }

    private Passage grow(long[] a, long[] b, int i, int j) {
        int k = settings.seedWords();
        int[] end = extend(a, b, i + k, j + k, +1);
        int[] start = extend(a, b, i, j, -1);
        return new Passage(start[0], end[0], start[1], end[1], start[2] + end[2]);
    }

    /**
     * Walks from the boundary {@code (ai, bj)} in direction {@code dir} (+1: tokens at ai, bj onward;
     * -1: tokens before ai, bj) and returns the farthest boundary reached and the edits it took.
     */
    private int[] extend(long[] a, long[] b, int ai, int bj, int dir) {
        int edits = 0;
        int bestA;
        int bestB;
        while (true) {
            while (inside(a, ai, dir) && inside(b, bj, dir) && at(a, ai, dir) == at(b, bj, dir)) {
                ai += dir;
                bj += dir;
            }
            bestA = ai;
            bestB = bj;
            int[] skip = findSkip(a, b, ai, bj, dir);
            if (skip == null) {
                return new int[] {bestA, bestB, edits};
            }
            ai += dir * skip[0];
            bj += dir * skip[1];
            edits++;
        }
    }

    /** The cheapest skip {@code (da, db)} after which {@code anchorWords} tokens are equal; substitutions first. */
    private int[] findSkip(long[] a, long[] b, int ai, int bj, int dir) {
        int anchor = settings.anchorWords();
        for (int cost = 1; cost <= settings.maxGap(); cost++) {
            if (equalRunFrom(a, ai + dir * cost, b, bj + dir * cost, anchor, dir)) {
                return new int[] {cost, cost};
            }
            for (int imbalance = 1; imbalance <= cost; imbalance++) {
                int less = cost - imbalance;
                if (equalRunFrom(a, ai + dir * cost, b, bj + dir * less, anchor, dir)) {
                    return new int[] {cost, less};
                }
                if (equalRunFrom(a, ai + dir * less, b, bj + dir * cost, anchor, dir)) {
                    return new int[] {less, cost};
                }
            }
        }
        return null;
    }

    private static boolean equalRunFrom(long[] a, int ai, long[] b, int bj, int length, int dir) {
        for (int n = 0; n < length; n++) {
            int x = ai + dir * n;
            int y = bj + dir * n;
            if (!inside(a, x, dir) || !inside(b, y, dir) || at(a, x, dir) != at(b, y, dir)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalRun(long[] a, int i, long[] b, int j, int length) {
        return equalRunFrom(a, i, b, j, length, +1);
    }

    /** Whether the token at boundary {@code p} in direction {@code dir} exists. */
    private static boolean inside(long[] t, int p, int dir) {
        return dir > 0 ? p >= 0 && p < t.length : p > 0 && p <= t.length;
    }

    private static long at(long[] t, int p, int dir) {
        return dir > 0 ? t[p] : t[p - 1];
    }
}
