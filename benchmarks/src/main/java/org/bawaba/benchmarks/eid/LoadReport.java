package org.bawaba.benchmarks.eid;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.bawaba.benchmarks.Latencies;
import org.bawaba.benchmarks.eid.ChipPresentationLoad.Attempt;
import org.bawaba.benchmarks.eid.ChipPresentationLoad.Round;

/**
 * The report of a load run: latencies of the POST and of its GET baseline, their ratios, throughput, failures.
 *
 * @param rounds     the measured rounds
 * @param loadBefore the machine's one-minute load average when the first round started
 */
record LoadReport(LoadOptions options, List<Round> rounds, FaceServiceMock face, Instant started, double loadBefore,
                  double loadAfter) {

    /** Prints the report; true when every answer was 200 and every login verified. */
    boolean print(PrintStream out) {
        Latencies get = latencies(rounds, a -> a.getNanos);
        Latencies post = latencies(rounds, a -> a.postNanos);
        Latencies open = latencies(rounds, a -> a.openNanos);
        double[] g = get.summary();
        double[] p = post.summary();
        long getNon200 = count(a -> a.getStatus != -1 && a.getStatus != 200);
        long postNon200 = count(a -> a.postStatus != -1 && a.postStatus != 200);
        long unanswered = count(a -> a.getStatus == -1 || a.postStatus == -1);
        long problems = count(a -> !a.problems.isEmpty());
        double postSeconds = rounds.stream().mapToLong(Round::postPhaseNanos).sum() / 1e9;
        double getSeconds = rounds.stream().mapToLong(Round::getPhaseNanos).sum() / 1e9;
        double wallSeconds = rounds.stream().mapToLong(r -> r.end() - r.start()).sum() / 1e9;

        out.println();
        out.println("== Chip-data POST under load (" + started + ") ==");
        out.printf(Locale.ROOT, "broker %s; %d concurrent holders, %d distinct documents; %d measured rounds after %d "
                        + "warm-up: %d presentations measured%n", options.baseUrl(), options.concurrency(),
                options.holders(), rounds.size(), options.warmup(), post.count());
        out.println("phones' addresses: " + options.addresses().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "face service: mock on 127.0.0.1:%d, fixed delay %d ms; %d calls answered with a "
                + "match, %d otherwise (warm-up included)%n", options.facePort(), options.faceDelayMs(),
                face.matches(), face.others());
        out.printf(Locale.ROOT, "machine: %d processors, load average (1 min) %.2f at start, %.2f at end; Java %s%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, System.getProperty("java.version"));
        out.println();
        out.printf(Locale.ROOT, "%-34s %8s %8s %8s %8s %6s%n", "latency (ms)", "p50", "p95", "p99", "max", "n");
        row(out, "GET  /transaction (baseline)", g, get.count());
        row(out, "POST /transaction/presentation", p, post.count());
        out.printf(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f %8.2f%n", "POST / GET", p[0] / g[0], p[1] / g[1],
                p[2] / g[2], p[3] / g[3]);
        row(out, "open login (browser, not compared)", open.summary(), open.count());
        out.println();
        out.printf(Locale.ROOT, "throughput: %d presentations in %.1f s of POST phases = %.1f presentations/s; GET "
                        + "phases %.1f fetches/s; whole rounds (login, fetch, chip, post, status) %.1f sign-ins/s%n",
                post.count(), postSeconds, post.count() / postSeconds, get.count() / getSeconds,
                post.count() / wallSeconds);
        String cpu = "n/a";
        if (options.serverPid() != 0) {
            double[] perRequest = serverCpuPerRequest(rounds);
            out.printf(Locale.ROOT, "server CPU per request (process %d, all threads, GC and JIT included): "
                    + "POST %.1f ms, GET %.1f ms, POST / GET %.1f%n", options.serverPid(), perRequest[0],
                    perRequest[1], perRequest[0] / perRequest[1]);
            cpu = String.format(Locale.ROOT, "%.1f / %.1f", perRequest[0], perRequest[1]);
            byThread(out, post.count(), get.count());
        }
        trend(out);
        if (options.addresses() == LoadOptions.Addresses.ALTERNATE) {
            byAddresses(out);
        }
        out.printf(Locale.ROOT, "non-200 answers: %d (GET %d, POST %d); unanswered or not sent: %d; attempts with a "
                + "problem: %d%n", getNon200 + postNon200, getNon200, postNon200, unanswered, problems);
        Set<String> firstProblems = new LinkedHashSet<>();
        rounds.forEach(r -> firstProblems.addAll(r.problems()));
        firstProblems.stream().limit(10).forEach(problem -> out.println("  problem: " + problem));
        out.printf(Locale.ROOT, "README row: | %d | %d (+%d) | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %s "
                        + "| %d | %.1f / %.1f |%n", options.concurrency(), rounds.size(), options.warmup(), p[0], p[1],
                g[0], g[1], p[0] / g[0], p[1] / g[1], post.count() / postSeconds, cpu, getNon200 + postNon200,
                loadBefore, loadAfter);
        return getNon200 + postNon200 + unanswered + problems == 0;
    }

    /**
     * The rounds by quarter: does the POST get cheaper (JIT) or dearer (the presentations the server has taken
     * accumulate) against its baseline as the run goes on?
     */
    private void trend(PrintStream out) {
        if (rounds.size() < 4) {
            return;
        }
        out.println("by quarter of the measured rounds, p50 POST / GET ms (ratio)"
                + (options.serverPid() == 0 ? "" : ", server CPU per POST / GET ms") + ":");
        int quarter = rounds.size() / 4;
        for (int q = 0; q < 4; q++) {
            out.println("  Q" + (q + 1) + " " + compared(rounds.subList(q * quarter,
                    q == 3 ? rounds.size() : (q + 1) * quarter)));
        }
    }

    /** The rounds from one shared address against those from distinct addresses, in the same run. */
    private void byAddresses(PrintStream out) {
        for (boolean distinct : new boolean[] {false, true}) {
            out.println((distinct ? "distinct" : "shared") + " addresses: "
                    + compared(rounds.stream().filter(r -> r.distinctAddresses() == distinct).toList()));
        }
    }

    /** p50 of the POST and of the GET, their ratio, and the server's CPU per request when it was read. */
    private String compared(List<Round> part) {
        double post = latencies(part, a -> a.postNanos).percentileMillis(50);
        double get = latencies(part, a -> a.getNanos).percentileMillis(50);
        String line = String.format(Locale.ROOT, "%.1f / %.1f (%.2f)", post, get, post / get);
        if (options.serverPid() != 0) {
            double[] cpu = serverCpuPerRequest(part);
            line += String.format(Locale.ROOT, ", CPU %.1f / %.1f", cpu[0], cpu[1]);
        }
        return line;
    }

    /** Where the server's CPU time of each phase went, per request. */
    private void byThread(PrintStream out, int posts, int gets) {
        Set<String> kinds = new TreeSet<>();
        rounds.forEach(r -> r.serverCpuMarks().forEach(mark -> kinds.addAll(mark.byKind().keySet())));
        out.println("  of which, per POST / per GET (ms):");
        for (String kind : kinds) {
            double post = rounds.stream().mapToDouble(r -> r.serverCpuMillis(1, kind)).sum() / posts;
            double get = rounds.stream().mapToDouble(r -> r.serverCpuMillis(0, kind)).sum() / gets;
            out.printf(Locale.ROOT, "    %-40s %6.2f / %5.2f%n", kind, post, get);
        }
    }

    /** The server's CPU time per POST and per GET, in ms, over these rounds. */
    private static double[] serverCpuPerRequest(List<Round> part) {
        double posts = part.stream().mapToLong(r -> r.attempts().stream().filter(a -> a.postNanos >= 0).count()).sum();
        double gets = part.stream().mapToLong(r -> r.attempts().stream().filter(a -> a.getNanos >= 0).count()).sum();
        return new double[] {part.stream().mapToDouble(Round::postServerCpuMillis).sum() / posts,
            part.stream().mapToDouble(Round::getServerCpuMillis).sum() / gets};
    }

    private static void row(PrintStream out, String name, double[] summary, int count) {
        out.printf(Locale.ROOT, "%-34s %8.1f %8.1f %8.1f %8.1f %6d%n", name, summary[0], summary[1], summary[2],
                summary[3], count);
    }

    private static Latencies latencies(List<Round> rounds, ToLongFunction<Attempt> duration) {
        List<Long> nanos = new ArrayList<>();
        for (Round round : rounds) {
            for (Attempt attempt : round.attempts()) {
                long value = duration.applyAsLong(attempt);
                if (value >= 0) {
                    nanos.add(value);
                }
            }
        }
        return new Latencies(nanos);
    }

    private long count(java.util.function.Predicate<Attempt> which) {
        return rounds.stream().flatMap(r -> r.attempts().stream()).filter(which).count();
    }
}
