package io.wirecopy.dedupe.similarity;

/**
 * Exact set measures on shingle sets given as sorted arrays of distinct hashes
 * ({@link Shingles#set}). Both are 0 when either set is empty.
 */
public final class SetSimilarity {

    private SetSimilarity() {
    }

    /** {@code |a ∩ b|} by a merge of the two sorted arrays. */
    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Jaccard: {@code |a ∩ b| / |a ∪ b|}. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        int inter = intersection(a, b);
        return (double) inter / (a.length + b.length - inter);
    }

    /**
     * Containment of the smaller set in the larger: {@code |a ∩ b| / min(|a|, |b|)}. A trimmed copy is
     * contained in its original; symmetric, so an edge does not depend on which article came first.
     */
    public static double containment(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        return (double) intersection(a, b) / Math.min(a.length, b.length);
    }
}
