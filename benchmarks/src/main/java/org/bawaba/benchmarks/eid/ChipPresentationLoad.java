package org.bawaba.benchmarks.eid;

import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bawaba.benchmarks.CommandLine;
import org.bawaba.eid.simulator.app.HolderApiException;
import org.bawaba.eid.simulator.app.HolderApp;
import org.bawaba.eid.simulator.app.HolderLink;
import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.app.Transaction;
import org.bawaba.eid.simulator.pki.TestPki;

/**
 * Load on the chip-data POST of the e-ID holder API, against a running broker (see {@code eid-load.sh}). In each
 * round, {@code concurrency} holders sign in together, each in two devices of its own: its browser opens an e-ID
 * login (a new cookie-keeping session) and shows the app link; then, all together, the phones fetch their
 * transaction (GET, timed); then, all together, they post the chip data and selfie (POST, timed); then, once every
 * phone has its answer, each browser checks that its login is verified. The GET is the baseline: the same server,
 * concurrency and holders, with neither chip cryptography nor a face call. The face service is a mock started here
 * ({@link FaceServiceMock}). Warm-up rounds are discarded. Exits 1 when any answer was not 200 (or a login not
 * verified).
 */
public final class ChipPresentationLoad {

    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(5);

    private final LoadOptions options;
    private final List<LoadHolder> holders;
    private final List<HttpClient> browsers = new ArrayList<>();
    private final List<HttpClient> phones = new ArrayList<>();
    private final ExecutorService pool;
    private final ServerCpu serverCpu;

    private ChipPresentationLoad(LoadOptions options, List<LoadHolder> holders) {
        this.options = options;
        this.holders = holders;
        for (int slot = 0; slot < options.concurrency(); slot++) {
            browsers.add(client());
            phones.add(client());
        }
        pool = Executors.newFixedThreadPool(options.concurrency());
        serverCpu = options.serverPid() == 0 ? null : new ServerCpu(options.serverPid());
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = CommandLine.parseOrExit(args, LoadOptions::parse, LoadOptions.USAGE);
        TestPki pki = TestPki.load(options.pki());
        long issuing = System.nanoTime();
        List<LoadHolder> holders = LoadHolder.issue(pki, options.holders(), new SecureRandom());
        System.out.printf(Locale.ROOT, "%d holders issued under the test CSCA of %s in %.1f s%n", holders.size(),
                options.pki(), (System.nanoTime() - issuing) / 1e9);
        boolean clean;
        try (FaceServiceMock face = new FaceServiceMock(options.facePort(), options.faceApiKey(),
                options.faceDelayMs(), options.concurrency() + 8)) {
            ChipPresentationLoad load = new ChipPresentationLoad(options, holders);
            try {
                clean = load.run(face);
            } finally {
                load.pool.shutdownNow();
            }
        }
        System.exit(clean ? 0 : 1);
    }

    private boolean run(FaceServiceMock face) throws InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Instant started = Instant.now();
        List<Round> measured = new ArrayList<>();
        for (int round = 0; round < options.warmup() + options.rounds(); round++) {
            Round result = round(round);
            if (round >= options.warmup()) {
                measured.add(result);
            }
            System.out.printf(Locale.ROOT, "%s round %d: POST phase %.0f ms, GET phase %.0f ms%s%n",
                    round < options.warmup() ? "warm-up" : "measured", round + 1, result.postPhaseNanos() / 1e6,
                    result.getPhaseNanos() / 1e6, result.problems().isEmpty() ? "" : ", problems: "
                            + result.problems().size());
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new LoadReport(options, measured, face, started, loadBefore, loadAfter).print(System.out);
    }

    /** One round: open the logins, then the fetches together, then the presentations together, then the checks. */
    private Round round(int round) throws InterruptedException {
        List<Long> phaseStarts = Collections.synchronizedList(new ArrayList<>());
        List<ServerCpu.Snapshot> serverCpuMarks = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier together = new CyclicBarrier(options.concurrency(), () -> {
            if (serverCpu != null) {
                serverCpuMarks.add(serverCpu.snapshot());
            }
            phaseStarts.add(System.nanoTime());
        });
        long start = System.nanoTime();
        List<Future<Attempt>> running = new ArrayList<>();
        for (int slot = 0; slot < options.concurrency(); slot++) {
            int index = slot;
            running.add(pool.submit(() -> attempt(round, index, together)));
        }
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> attempt : running) {
            try {
                attempts.add(attempt.get(3 * PHASE_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("round " + (round + 1) + " did not finish", e);
            }
        }
        return new Round(attempts, options.addresses().distinctIn(round), start, phaseStarts.get(0),
                phaseStarts.get(1), System.nanoTime(), serverCpuMarks);
    }

    /** One holder's sign-in in a round; the waits keep the slots in step, whatever fails. */
    private Attempt attempt(int round, int slot, CyclicBarrier together) {
        Attempt attempt = new Attempt();
        LoadHolder holder = holders.get((round * options.concurrency() + slot) % holders.size());
        EidLogin login = null;
        long begin = System.nanoTime();
        try {
            login = EidLogin.open(browsers.get(slot), options.baseUrl());
            attempt.openNanos = System.nanoTime() - begin;
        } catch (RuntimeException e) {
            attempt.problem("open login: " + e.getMessage());
        }
        HttpClient phone = phones.get(slot);
        if (options.addresses().distinctIn(round)) {
            phone = new ForwardedFor(phone);
        }
        HolderApp app = login == null ? null : new HolderApp(HolderLink.parse(login.appLink()), phone);
        await(together);
        Transaction transaction = null;
        if (app != null) {
            begin = System.nanoTime();
            try {
                transaction = app.fetchTransaction();
                attempt.getStatus = 200;
            } catch (HolderApiException e) {
                attempt.getStatus = e.outcome().httpStatus();
                attempt.problem(e.getMessage());
            } catch (UncheckedIOException e) {
                attempt.problem(e.getMessage());
            }
            attempt.getEnd = System.nanoTime();
            attempt.getNanos = attempt.getEnd - begin;
        }
        String body = null;
        try {
            body = transaction == null ? null : holder.presentationFor(transaction);
        } catch (RuntimeException e) {
            attempt.problem("the chip could not answer: " + e);
        }
        await(together);
        if (body != null) {
            begin = System.nanoTime();
            try {
                Outcome outcome = app.postRaw(body);
                attempt.postStatus = outcome.httpStatus();
                if (!outcome.verified()) {
                    attempt.problem("POST /transaction/presentation: " + outcome.describe());
                }
            } catch (UncheckedIOException e) {
                attempt.problem(e.getMessage());
            }
            attempt.postEnd = System.nanoTime();
            attempt.postNanos = attempt.postEnd - begin;
        }
        await(together);
        if (options.statusCheck() && attempt.postStatus == 200) {
            try {
                String state = login.status();
                if (!"verified".equals(state)) {
                    attempt.problem("the browser's login is " + state + " after a verified presentation");
                }
            } catch (RuntimeException e) {
                attempt.problem("browser status: " + e.getMessage());
            }
        }
        return attempt;
    }

    private static void await(CyclicBarrier together) {
        try {
            together.await(PHASE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the holders fell out of step", e);
        }
    }

    /** HTTP/1.1 (what a phone's first request uses), no redirects followed: each device has its own connections. */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** What happened to one holder in one round; a status of -1 means that request was not answered or not sent. */
    static final class Attempt {
        long openNanos = -1;
        long getNanos = -1;
        long getEnd;
        int getStatus = -1;
        long postNanos = -1;
        long postEnd;
        int postStatus = -1;
        final List<String> problems = new ArrayList<>();

        void problem(String problem) {
            problems.add(problem);
        }
    }

    /**
     * A round's attempts, whether its phones had addresses of their own, when its phases started and ended, and the
     * server's CPU time when the fetches, the presentations and the checks started (empty when not read).
     */
    record Round(List<Attempt> attempts, boolean distinctAddresses, long start, long getPhaseStart,
                 long postPhaseStart, long end, List<ServerCpu.Snapshot> serverCpuMarks) {

        double getServerCpuMillis() {
            return serverCpuMarks.get(1).total() - serverCpuMarks.get(0).total();
        }

        double postServerCpuMillis() {
            return serverCpuMarks.get(2).total() - serverCpuMarks.get(1).total();
        }

        /** The server's CPU time of one kind of thread in the GET phase (mark 0) or the POST phase (mark 1). */
        double serverCpuMillis(int phase, String kind) {
            return serverCpuMarks.get(phase + 1).byKind().getOrDefault(kind, 0.0)
                    - serverCpuMarks.get(phase).byKind().getOrDefault(kind, 0.0);
        }

        long getPhaseNanos() {
            return attempts.stream().filter(a -> a.getNanos >= 0).mapToLong(a -> a.getEnd).max()
                    .orElse(getPhaseStart) - getPhaseStart;
        }

        long postPhaseNanos() {
            return attempts.stream().filter(a -> a.postNanos >= 0).mapToLong(a -> a.postEnd).max()
                    .orElse(postPhaseStart) - postPhaseStart;
        }

        Set<String> problems() {
            Set<String> problems = new LinkedHashSet<>();
            attempts.forEach(a -> problems.addAll(a.problems));
            return problems;
        }
    }
}
