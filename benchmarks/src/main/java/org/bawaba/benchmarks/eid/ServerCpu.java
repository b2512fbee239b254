package org.bawaba.benchmarks.eid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time the broker's process has used (user + system), in total and by kind of thread, read from Linux's
 * {@code /proc/PID/stat} and {@code /proc/PID/task/TID/stat} in clock ticks of 10 ms (USER_HZ is 100 on Linux). Read
 * between phases, it says what a phase cost the server whatever else the machine was doing, which wall-clock
 * latency on a shared machine cannot, and where: request threads, HTTP I/O, JIT, GC.
 */
final class ServerCpu {

    /** Threads that ended, and the short-lived {@code Thread-N}, whose time only the process total keeps. */
    static final String ENDED = "ended or short-lived threads (Thread-N)";

    private static final double MILLIS_PER_TICK = 10;

    /** CPU time in ms: the process's, and by kind of thread. */
    record Snapshot(double total, Map<String, Double> byKind) {
    }

    private final Path process;

    ServerCpu(long pid) {
        this.process = Path.of("/proc", Long.toString(pid));
        snapshot();
    }

    Snapshot snapshot() {
        Map<String, Double> byKind = new TreeMap<>();
        double live = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile: its time is in the process's
                }
                double millis = millis(stat);
                byKind.merge(kind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))), millis,
                        Double::sum);
                live += millis;
            }
            double total = millis(Files.readString(process.resolve("stat")));
            byKind.merge(ENDED, total - live, Double::sum);
            return new Snapshot(total, byKind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + process, e);
        }
    }

    /** utime + stime: fields 14 and 15, counted from the process or thread name's closing parenthesis. */
    private static double millis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }

    /** Linux keeps 15 characters of a thread's name. */
    private static String kind(String name) {
        if (name.startsWith("executor-thread")) {
            return "request threads (executor-thread)";
        }
        if (name.startsWith("vert.x-eventloo")) {
            return "HTTP I/O (vert.x event loop)";
        }
        if (name.contains("CompilerThre")) {
            return "JIT compilers";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return "GC";
        }
        if (name.startsWith("HttpClient-")) {
            return "face-service client (HttpClient)";
        }
        return name.startsWith("Thread-") ? ENDED : "other";
    }
}
