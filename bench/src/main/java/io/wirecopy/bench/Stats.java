package io.wirecopy.bench;

/** Percentiles of measured values. */
final class Stats {

    private Stats() {
    }

    /** The {@code q}-quantile (nearest rank) of ascending {@code sorted} values; 0 when there are none. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
