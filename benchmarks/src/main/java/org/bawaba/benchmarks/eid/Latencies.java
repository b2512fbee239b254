package org.bawaba.benchmarks.eid;

import java.util.Collection;

/** Durations in nanoseconds, sorted, read as nearest-rank percentiles in milliseconds. */
final class Latencies {

    private final long[] sorted;

    Latencies(Collection<Long> nanos) {
        sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    int count() {
        return sorted.length;
    }

    /** The smallest duration that {@code percent} % of the samples do not exceed; NaN without samples. */
    double percentileMillis(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    /** p50, p95, p99 and max. */
    double[] summary() {
        return new double[] {percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis()};
    }
}
