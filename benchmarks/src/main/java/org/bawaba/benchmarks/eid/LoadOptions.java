package org.bawaba.benchmarks.eid;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.bawaba.benchmarks.CommandLine;

/**
 * The options of {@link ChipPresentationLoad}, {@code --name value} each.
 *
 * @param baseUrl      the broker, as {@code BAWABA_BASE_URL} gave it to the realm import
 * @param pki          a test PKI written by the holder simulator ({@code pki --out DIR}), whose {@code trust/}
 *                     folder the server trusts
 * @param concurrency  holders signing in together in each round
 * @param rounds       measured rounds
 * @param warmup       rounds run first and discarded
 * @param holders      distinct documents issued; in round r, slot s presents document
 *                     {@code (r * concurrency + s) % holders}
 * @param facePort     where the face-service mock listens (the server's {@code --spi-bawaba-face-match--http--url})
 * @param faceApiKey   the key the server sends (header {@code x-api-key}); other keys are answered 401
 * @param faceDelayMs  how long the face-service mock waits before it answers
 * @param statusCheck  after each presentation, the browser asks its login's status, which must be {@code verified}
 * @param addresses    the network addresses the phones call from
 * @param serverPid    the broker's java process on this machine, whose CPU time is read between phases; 0 for none
 */
record LoadOptions(URI baseUrl, Path pki, int concurrency, int rounds, int warmup, int holders, int facePort,
                   String faceApiKey, int faceDelayMs, boolean statusCheck, Addresses addresses, int serverPid) {

    /** Where the phones call from, as the broker sees it. */
    enum Addresses {
        /** All from this machine's address (127.0.0.1), like phones behind one carrier NAT. */
        SHARED,
        /** Each attempt from an address of its own ({@link ForwardedFor}), like phones on their own networks. */
        DISTINCT,
        /** Even rounds distinct, odd rounds shared: the two compared within one run. */
        ALTERNATE;

        boolean distinctIn(int round) {
            return this == DISTINCT || this == ALTERNATE && round % 2 == 0;
        }
    }

    static final String USAGE = """
            usage: ChipPresentationLoad --pki DIR [options]
              --base-url URL        the broker (default http://localhost:8080)
              --pki DIR             test PKI of the holder simulator (pki --out DIR); the server trusts DIR/trust
              --concurrency N       holders signing in together in each round (default 20)
              --rounds N            measured rounds (default 30)
              --warmup N            rounds run first and discarded (default 40)
              --holders N           distinct documents (default: the concurrency)
              --face-port N         port of the face-service mock (default 18191)
              --face-api-key KEY    the key the server is configured with (default bench-only-face-key)
              --face-delay-ms N     the mock's fixed delay before answering (default 0)
              --status-check B      the browser checks its login is verified after each presentation (default true)
              --addresses MODE      shared (default: every phone is 127.0.0.1), distinct (each attempt its own
                                    X-Forwarded-For address; the broker needs --proxy-headers=xforwarded) or
                                    alternate (distinct in even rounds, shared in odd ones)
              --server-pid PID      the broker's java process, when on this machine: its CPU time per request
            """;

    static LoadOptions parse(String[] args) {
        Map<String, String> given = CommandLine.options(args);
        String pki = given.remove("pki");
        if (pki == null) {
            throw new IllegalArgumentException("--pki is required");
        }
        int concurrency = CommandLine.positive(given.remove("concurrency"), 20, "concurrency");
        String baseUrl = given.remove("base-url");
        LoadOptions options = new LoadOptions(
                URI.create(baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "")),
                Path.of(pki), concurrency,
                CommandLine.positive(given.remove("rounds"), 30, "rounds"),
                CommandLine.atLeastZero(given.remove("warmup"), 40, "warmup"),
                CommandLine.positive(given.remove("holders"), concurrency, "holders"),
                CommandLine.positive(given.remove("face-port"), 18191, "face-port"),
                given.getOrDefault("face-api-key", "bench-only-face-key"),
                CommandLine.atLeastZero(given.remove("face-delay-ms"), 0, "face-delay-ms"),
                !"false".equals(given.remove("status-check")),
                addresses(given.remove("addresses")),
                CommandLine.atLeastZero(given.remove("server-pid"), 0, "server-pid"));
        given.remove("face-api-key");
        CommandLine.noneLeft(given);
        return options;
    }

    private static Addresses addresses(String value) {
        try {
            return value == null ? Addresses.SHARED : Addresses.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--addresses is shared, distinct or alternate, not " + value);
        }
    }
}
