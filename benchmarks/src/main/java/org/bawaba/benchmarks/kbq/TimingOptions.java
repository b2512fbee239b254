package org.bawaba.benchmarks.kbq;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.bawaba.benchmarks.CommandLine;

/**
 * The options of {@link AnswerTiming}, {@code --name value} each.
 *
 * @param baseUrl          the broker, as {@code BAWABA_BASE_URL} gave it to the realm import (the registration's
 *                         redirect URI is the front door's broker endpoint under it)
 * @param registryCsv      the file the broker's reference registry was loaded from: the known people
 * @param identifierKind   how every attempt identifies: {@code REGISTRATION_NUMBER} (two questions) or
 *                         {@code EMPLOYER_ID} (one question)
 * @param rounds           measured rounds; a round is one known and one unknown attempt
 * @param warmup           rounds run first and discarded
 * @param failureLimit     what the per-person and per-address failure limits are raised to for the run
 * @param captchaMaxNumber the captcha's {@code captcha.maxNumber} for the run; 0 leaves it as configured
 * @param boundPercent     the largest difference of the p50s, in % of the known people's, that passes
 * @param adminUser        an administrator of the master realm (admin-cli, password grant)
 * @param adminPassword    their password
 * @param samples          a CSV file to write every measured attempt to, or null
 */
record TimingOptions(URI baseUrl, Path registryCsv, String identifierKind, int rounds, int warmup, int failureLimit,
                     int captchaMaxNumber, int boundPercent, String adminUser, String adminPassword, Path samples) {

    static final String USAGE = """
            usage: AnswerTiming [options]
              --base-url URL            the broker (default http://localhost:8080)
              --registry-csv FILE       the CSV its reference registry loaded: the known people
                                        (default broker/demo/cnops-demo-registry.csv)
              --identifier-kind KIND    REGISTRATION_NUMBER (default; two questions) or EMPLOYER_ID (one question)
              --rounds N                measured rounds, each one known and one unknown attempt (default 600)
              --warmup N                rounds run first and discarded (default 300)
              --failure-limit N         kbq.maxFailuresPerPerson and kbq.maxFailuresPerAddress for the run
                                        (default 1000000; restored at the end)
              --captcha-max-number N    captcha.maxNumber for the run (default 0: unchanged; restored)
              --bound-percent N         the p50 difference that passes, in % (default 10)
              --admin-user NAME         master-realm administrator (default admin)
              --admin-password PW       their password (default admin, the demo server's)
              --samples FILE            also write every measured attempt there (CSV: round, kind, order, times in
                                        microseconds)
            """;

    static TimingOptions parse(String[] args) {
        Map<String, String> given = CommandLine.options(args);
        String baseUrl = given.remove("base-url");
        String csv = given.remove("registry-csv");
        String kind = given.remove("identifier-kind");
        String samples = given.remove("samples");
        kind = kind == null ? "REGISTRATION_NUMBER" : kind.toUpperCase(Locale.ROOT);
        if (!kind.equals("REGISTRATION_NUMBER") && !kind.equals("EMPLOYER_ID")) {
            throw new IllegalArgumentException("--identifier-kind is REGISTRATION_NUMBER or EMPLOYER_ID, not " + kind);
        }
        TimingOptions options = new TimingOptions(
                URI.create(baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "")),
                Path.of(csv == null ? "broker/demo/cnops-demo-registry.csv" : csv),
                kind,
                CommandLine.positive(given.remove("rounds"), 600, "rounds"),
                CommandLine.atLeastZero(given.remove("warmup"), 300, "warmup"),
                CommandLine.positive(given.remove("failure-limit"), 1_000_000, "failure-limit"),
                CommandLine.atLeastZero(given.remove("captcha-max-number"), 0, "captcha-max-number"),
                CommandLine.positive(given.remove("bound-percent"), 10, "bound-percent"),
                given.getOrDefault("admin-user", "admin"),
                given.getOrDefault("admin-password", "admin"),
                samples == null ? null : Path.of(samples));
        given.remove("admin-user");
        given.remove("admin-password");
        CommandLine.noneLeft(given);
        return options;
    }
}
