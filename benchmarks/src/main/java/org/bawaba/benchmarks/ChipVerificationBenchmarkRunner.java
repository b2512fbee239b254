package org.bawaba.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ChipVerificationBenchmark} and prints the median time per document for each chain, cached and
 * uncached, and their ratio. Takes the usual JMH options (e.g. {@code -f 1 -wi 3 -i 5}); defaults: one fork,
 * 3 warm-up and 5 measurement iterations of 1 s, one thread.
 */
public final class ChipVerificationBenchmarkRunner {

    private ChipVerificationBenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine)
                .include(ChipVerificationBenchmark.class.getName());
        if (commandLine.getForkCount().hasValue() == false) {
            options.forks(1);
        }
        if (commandLine.getWarmupIterations().hasValue() == false) {
            options.warmupIterations(3);
        }
        if (commandLine.getMeasurementIterations().hasValue() == false) {
            options.measurementIterations(5);
        }
        if (commandLine.getThreads().hasValue() == false) {
            options.threads(1);
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, double[]> medians = new TreeMap<>();
        for (RunResult result : results) {
            String chain = result.getParams().getParam("chain");
            String method = result.getParams().getBenchmark();
            double median = result.getPrimaryResult().getStatistics().getPercentile(50);
            medians.computeIfAbsent(chain, k -> new double[2])[method.endsWith("Uncached" + "Chain") ? 1 : 0] = median;
        }
        System.out.println();
        System.out.println("Median per document (us), one thread:");
        medians.forEach((chain, m) -> System.out.printf(Locale.ROOT,
                "  %-9s cached %8.1f   uncached %8.1f   cached/uncached %.2f%n", chain, m[0], m[1], m[0] / m[1]));
    }
}
