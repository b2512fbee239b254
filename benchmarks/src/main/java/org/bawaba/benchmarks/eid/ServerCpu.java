package org.bawaba.benchmarks.eid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time the broker's process has used (user + system, all its threads: request threads, GC, JIT), read from
 * Linux's {@code /proc/PID/stat} in clock ticks of 10 ms (USER_HZ is 100 on Linux). Read between phases, it says
 * what a phase cost the server whatever else the machine was doing, which wall-clock latency on a shared machine
 * cannot.
 */
final class ServerCpu {

    private static final double MILLIS_PER_TICK = 10;

    private final Path stat;

    ServerCpu(long pid) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
        millis();
    }

    double millis() {
        try {
            String line = Files.readString(stat);
            // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stat, e);
        }
    }
}
