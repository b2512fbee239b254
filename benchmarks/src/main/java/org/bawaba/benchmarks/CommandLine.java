package org.bawaba.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The load programs' options: {@code --name value} each, read into a map that the program empties as it reads it. */
public final class CommandLine {

    private CommandLine() {
    }

    /** The program's options, or exits with status 2 after printing what is wrong and the usage. */
    public static <T> T parseOrExit(String[] args, Function<String[], T> parse, String usage) {
        try {
            return parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage);
            System.exit(2);
            throw e;
        }
    }

    /** The options by name (without the dashes), in the order given. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        return given;
    }

    /** Fails naming what is left: options the program does not know. */
    public static void noneLeft(Map<String, String> given) {
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + given.keySet());
        }
    }

    /** A whole number of at least 1, or {@code otherwise} when not given. */
    public static int positive(String value, int otherwise, String name) {
        int number = atLeastZero(value, otherwise, name);
        if (number == 0) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return number;
    }

    /** A whole number of at least 0, or {@code otherwise} when not given. */
    public static int atLeastZero(String value, int otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--" + name + " takes a whole number, not " + value);
    }
}
