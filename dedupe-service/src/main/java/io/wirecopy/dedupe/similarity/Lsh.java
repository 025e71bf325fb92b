package io.wirecopy.dedupe.similarity;

/**
 * LSH banding over MinHash signatures: {@code bands} bands of {@code rows} values each. Two articles
 * are candidates when any band hashes to the same bucket, which happens with probability
 * {@code 1 - (1 - J^rows)^bands} for Jaccard {@code J} ({@link #candidateProbability}).
 */
public final class Lsh {

    private final int bands;
    private final int rows;

    public Lsh(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("LSH needs bands and rows of at least 1, got " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    /** One bucket hash per band; the band index is part of the hash so equal rows in different bands differ. */
    public long[] buckets(long[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("a signature of " + signature.length + " values cannot fill "
                    + bands + " bands of " + rows + " rows");
        }
        long[] out = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = Hash64.mix(h * 31 + signature[b * rows + r]);
            }
            out[b] = h;
        }
        return out;
    }

    /** How many bands of two {@link #buckets} arrays hash to the same bucket (a pair is a candidate from one on). */
    public static int sharedBands(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] == b[i]) {
                shared++;
            }
        }
        return shared;
    }

    /** The probability that a pair with Jaccard {@code j} becomes a candidate. */
    public double candidateProbability(double j) {
        return 1.0 - Math.pow(1.0 - Math.pow(j, rows), bands);
    }
}
