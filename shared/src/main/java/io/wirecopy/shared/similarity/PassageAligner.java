package io.wirecopy.shared.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        int k = settings.seedWords();
        if (a.size() < k || b.size() < k) {
            return new ArrayList<>();
        }
        return align(a, Shingles.sequence(a, k), b, Shingles.sequence(b, k));
    }

    /**
     * {@link #align(List, List)} with the seed k-gram hashes of both texts given
     * ({@link Shingles#sequence} with {@code seedWords}): a text aligned with many others is hashed once.
     */
    public List<Passage> align(List<String> a, long[] aGrams, List<String> b, long[] bGrams) {
        int k = settings.seedWords();
        List<Passage> found = new ArrayList<>();
        if (a.size() < k || b.size() < k) {
            return found;
        }
        Map<Long, List<Integer>> seedsInB = new HashMap<>();
        for (int j = 0; j < bGrams.length; j++) {
            List<Integer> at = seedsInB.computeIfAbsent(bGrams[j], h -> new ArrayList<>(1));
            if (at.size() < MAX_SEEDS_PER_KGRAM) {
                at.add(j);
            }
        }
        List<Passage> grown = new ArrayList<>();
        for (int i = 0; i < aGrams.length; i++) {
            for (int j : seedsInB.getOrDefault(aGrams[i], List.of())) {
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
        return found;
    }

    private static boolean isCovered(List<Passage> grown, int i, int j) {
        for (Passage p : grown) {
            if (p.covers(i, j)) {
                return true;
            }
        }
        return false;
    }

    private Passage grow(List<String> a, List<String> b, int i, int j) {
        int k = settings.seedWords();
        int[] end = extend(a, b, i + k, j + k, +1);
        int[] start = extend(a, b, i, j, -1);
        return new Passage(start[0], end[0], start[1], end[1], start[2] + end[2]);
    }

    /**
     * Walks from the boundary {@code (ai, bj)} in direction {@code dir} (+1: tokens at ai, bj onward;
     * -1: tokens before ai, bj) and returns the farthest boundary reached and the edits it took.
     */
    private int[] extend(List<String> a, List<String> b, int ai, int bj, int dir) {
        int edits = 0;
        int bestA;
        int bestB;
        while (true) {
            while (inside(a, ai, dir) && inside(b, bj, dir) && at(a, ai, dir).equals(at(b, bj, dir))) {
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
    private int[] findSkip(List<String> a, List<String> b, int ai, int bj, int dir) {
        int anchor = settings.anchorWords();
        for (int cost = 1; cost <= settings.maxGap(); cost++) {
            for (int imbalance = 0; imbalance <= cost; imbalance++) {
                int[][] options = imbalance == 0
                        ? new int[][] {{cost, cost}}
                        : new int[][] {{cost, cost - imbalance}, {cost - imbalance, cost}};
                for (int[] o : options) {
                    if (equalRunFrom(a, ai + dir * o[0], b, bj + dir * o[1], anchor, dir)) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    private static boolean equalRunFrom(List<String> a, int ai, List<String> b, int bj, int length, int dir) {
        for (int n = 0; n < length; n++) {
            int x = ai + dir * n;
            int y = bj + dir * n;
            if (!inside(a, x, dir) || !inside(b, y, dir) || !at(a, x, dir).equals(at(b, y, dir))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalRun(List<String> a, int i, List<String> b, int j, int length) {
        return equalRunFrom(a, i, b, j, length, +1);
    }

    /** Whether the token at boundary {@code p} in direction {@code dir} exists. */
    private static boolean inside(List<String> t, int p, int dir) {
        return dir > 0 ? p >= 0 && p < t.size() : p > 0 && p <= t.size();
    }

    private static String at(List<String> t, int p, int dir) {
        return dir > 0 ? t.get(p) : t.get(p - 1);
    }
}
