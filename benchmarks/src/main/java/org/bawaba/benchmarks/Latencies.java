package org.bawaba.benchmarks;

import java.util.Collection;

/** Durations in nanoseconds, sorted, read as nearest-rank percentiles (and a mean) in milliseconds. */
public final class Latencies {

    private final long[] sorted;

    public Latencies(Collection<Long> nanos) {
        sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    public int count() {
        return sorted.length;
    }

    /** The smallest duration that {@code percent} % of the samples do not exceed; NaN without samples. */
    public double percentileMillis(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    /** The arithmetic mean; NaN without samples. */
    public double meanMillis() {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (long nanos : sorted) {
            sum += nanos;
        }
        return sum / sorted.length / 1e6;
    }

    /** p50, p95, p99 and max. */
    public double[] summary() {
        return new double[] {percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis()};
    }
}
