package org.bawaba.benchmarks.kbq;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.bawaba.benchmarks.Latencies;
import org.bawaba.benchmarks.kbq.AnswerTiming.Attempt;

/**
 * The report of a timing run: for each of the two POSTs, p50, p90 and mean of each kind and the unknown/known
 * ratios; the verdict on the p50s against the bound; what else says whether a difference is real: a bootstrap
 * interval of the p50 ratio, the median of the differences within a round, the p50s by quarter of the run.
 *
 * @param measured    the attempts of the measured rounds, two a round
 * @param loadBefore  the machine's one-minute load average when the run started (warm-up included)
 * @param wallNanos   the whole run, warm-up included
 * @param solvingNanos the part of it spent solving captchas in this program
 */
record TimingReport(TimingOptions options, List<Attempt> measured, Instant started, double loadBefore,
                    double loadAfter, long wallNanos, long solvingNanos) {

    private static final int RESAMPLES = 2000;

    /** Prints the report; true when both POSTs pass and every answer page was the same. */
    boolean print(PrintStream out) {
        out.println();
        out.println("== Knowledge-question timing: known person with wrong answers vs nobody (" + started + ") ==");
        out.printf(Locale.ROOT, "broker %s; identification by %s; %d measured rounds after %d warm-up, each one known "
                        + "and one unknown attempt, order alternating%n", options.baseUrl(), options.identifierKind(),
                measured.size() / 2, options.warmup());
        out.printf(Locale.ROOT, "for the run: failure limits %d per person and per address, captcha maxNumber %s%n",
                options.failureLimit(), options.captchaMaxNumber() == 0 ? "unchanged" : options.captchaMaxNumber());
        out.printf(Locale.ROOT, "machine: %d processors, load average (1 min) %.2f at start, %.2f at end; Java %s%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, System.getProperty("java.version"));
        out.printf(Locale.ROOT, "driver: %.1f s in all, %.1f s of it solving captchas%n", wallNanos / 1e9,
                solvingNanos / 1e9);

        boolean answersPass = post(out, "questions POST (answers)", a -> a.answer().nanos(), a -> a.answer().status());
        boolean identifyPass = post(out, "identification POST", a -> a.identify().nanos(),
                a -> a.identify().status());

        Set<String> knownMessages = messages(true);
        Set<String> unknownMessages = messages(false);
        boolean samePage = knownMessages.equals(unknownMessages) && knownMessages.size() == 1;
        out.println();
        out.println("answer page messages, known: " + knownMessages);
        out.println("answer page messages, unknown: " + unknownMessages);
        out.println(samePage ? "the same single message for both kinds" : "DIFFERENT OR SEVERAL MESSAGES: see above");
        out.println();
        out.printf(Locale.ROOT, "VERDICT (p50, |unknown/known - 1| < %d %%): questions POST %s, identification POST %s"
                + "%s%n", options.boundPercent(), answersPass ? "PASS" : "FAIL", identifyPass ? "PASS" : "FAIL",
                samePage ? "" : "; answer pages differ: FAIL");
        return answersPass && identifyPass && samePage;
    }

    /** Every measured attempt, one line each: round, kind, whether it ran first in its round, times in µs. */
    void writeSamples(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("round,kind,first_in_round,identify_status,identify_us,answer_status,answer_us");
        for (int i = 0; i < measured.size(); i++) {
            Attempt a = measured.get(i);
            lines.add(String.format(Locale.ROOT, "%d,%s,%b,%d,%d,%d,%d", a.round(), a.known() ? "known" : "unknown",
                    i % 2 == 0, a.identify().status(), a.identify().nanos() / 1000, a.answer().status(),
                    a.answer().nanos() / 1000));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private boolean post(PrintStream out, String name, ToLongFunction<Attempt> nanos, ToLongFunction<Attempt> status) {
        List<Long> known = durations(true, nanos);
        List<Long> unknown = durations(false, nanos);
        Latencies k = new Latencies(known);
        Latencies u = new Latencies(unknown);
        double p50 = u.percentileMillis(50) / k.percentileMillis(50);
        double p90 = u.percentileMillis(90) / k.percentileMillis(90);
        double mean = u.meanMillis() / k.meanMillis();
        out.println();
        out.println("-- " + name + " --");
        out.printf(Locale.ROOT, "%-28s %8s %8s %8s %6s   HTTP status%n", "time (ms)", "p50", "p90", "mean", "n");
        out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f %6d   %s%n", "known person, wrong answers",
                k.percentileMillis(50), k.percentileMillis(90), k.meanMillis(), k.count(), statuses(true, status));
        out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f %6d   %s%n", "unknown (names nobody)",
                u.percentileMillis(50), u.percentileMillis(90), u.meanMillis(), u.count(), statuses(false, status));
        out.printf(Locale.ROOT, "%-28s %8.3f %8.3f %8.3f%n", "unknown / known", p50, p90, mean);
        double[] interval = bootstrapP50Ratio(known, unknown);
        out.printf(Locale.ROOT, "p50 ratio, 95 %% bootstrap interval (%d resamples): %.3f .. %.3f%n", RESAMPLES,
                interval[0], interval[1]);
        double pairedMedian = pairedDifferenceMedianMillis(nanos);
        out.printf(Locale.ROOT, "median of (unknown - known) within a round: %+.2f ms (%+.1f %% of the known p50)%n",
                pairedMedian, 100 * pairedMedian / k.percentileMillis(50));
        out.print("p50 by quarter of the run, known / unknown (ms):");
        int quarter = Math.max(1, measured.size() / 4);
        for (int from = 0; from + quarter <= measured.size(); from += quarter) {
            List<Attempt> part = measured.subList(from, from + quarter);
            out.printf(Locale.ROOT, "  %.2f / %.2f", percentile50(part, true, nanos), percentile50(part, false, nanos));
        }
        out.println();
        boolean pass = Math.abs(p50 - 1) < options.boundPercent() / 100.0;
        out.printf(Locale.ROOT, "%s: p50 difference %+.1f %% of the known people's: %s%n", name, 100 * (p50 - 1),
                pass ? "PASS" : "FAIL");
        return pass;
    }

    private List<Long> durations(boolean known, ToLongFunction<Attempt> nanos) {
        return measured.stream().filter(a -> a.known() == known).map(nanos::applyAsLong).toList();
    }

    private static double percentile50(List<Attempt> part, boolean known, ToLongFunction<Attempt> nanos) {
        return new Latencies(part.stream().filter(a -> a.known() == known).map(nanos::applyAsLong).toList())
                .percentileMillis(50);
    }

    private String statuses(boolean known, ToLongFunction<Attempt> status) {
        Map<Long, Long> counts = measured.stream().filter(a -> a.known() == known)
                .collect(Collectors.groupingBy(status::applyAsLong, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
    }

    private Set<String> messages(boolean known) {
        return measured.stream().filter(a -> a.known() == known).map(Attempt::answerMessages)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The median, over rounds, of the unknown attempt's time minus the known one's. */
    private double pairedDifferenceMedianMillis(ToLongFunction<Attempt> nanos) {
        List<Long> differences = new ArrayList<>();
        for (int i = 0; i + 1 < measured.size(); i += 2) {
            Attempt a = measured.get(i);
            Attempt b = measured.get(i + 1);
            long difference = nanos.applyAsLong(a) - nanos.applyAsLong(b);
            differences.add(a.known() ? -difference : difference);
        }
        long[] sorted = differences.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2] / 1e6;
    }

    /** The 2.5th and 97.5th percentiles of the p50 ratio over resamples (with replacement) of each kind. */
    private static double[] bootstrapP50Ratio(List<Long> known, List<Long> unknown) {
        Random random = new Random(1);
        double[] ratios = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            ratios[r] = resampledMedian(unknown, random) / resampledMedian(known, random);
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (RESAMPLES * 0.025)], ratios[(int) (RESAMPLES * 0.975) - 1]};
    }

    private static double resampledMedian(List<Long> values, Random random) {
        long[] sample = new long[values.size()];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = values.get(random.nextInt(values.size()));
        }
        Arrays.sort(sample);
        return sample[(int) Math.ceil(sample.length / 2.0) - 1];
    }
}
