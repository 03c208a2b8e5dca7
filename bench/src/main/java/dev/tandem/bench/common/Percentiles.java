package dev.tandem.bench.common;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of timings. */
public final class Percentiles {

    private final long[] sortedNanos;

    public Percentiles(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    public double millis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
