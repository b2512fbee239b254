package org.bawaba.benchmarks.kbq;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.bawaba.benchmarks.CommandLine;
import org.bawaba.benchmarks.kbq.People.Person;
import org.bawaba.benchmarks.kbq.RegistrationAttempt.Page;
import org.bawaba.benchmarks.kbq.RegistrationAttempt.Timed;

/**
 * Does the response time of an account creation by questions tell whether the registry knows the person? Against a
 * running broker (see {@code kbq-timing.sh}), times the identification POST and the questions POST (the answer
 * submission) of the {@code account} realm's registration for (a) people the registry knows, answering wrongly, and
 * (b) identifications that name nobody, answering the decoy questions. Each round runs one attempt of each kind, the
 * order alternating (known first in even rounds, unknown first in odd ones), so that drift of the server or the
 * machine hits both alike; warm-up rounds are discarded. Every attempt is a new browser session: start, terms,
 * identification (captcha solved untimed), questions. Every answer page must be the same "not recognised" page for
 * both kinds, or the run fails.
 *
 * <p>For the run, the failure limits of both steps are raised (otherwise five failures per person and per address in
 * an hour would stop it) and, if asked, the captcha made cheaper, through the admin REST API; both are restored at
 * the end ({@link RegistrationFlowSettings}). Neither changes the work the two timed POSTs do for one kind or the
 * other.
 */
public final class AnswerTiming {

    /** One attempt: its kind, the two timed POSTs, and what the answer page said. */
    record Attempt(boolean known, int round, Timed identify, Timed answer, String answerMessages) {
    }

    private final TimingOptions options;
    private final People people;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private long solvingNanos;

    private AnswerTiming(TimingOptions options, People people) {
        this.options = options;
        this.people = people;
    }

    public static void main(String[] args) throws Exception {
        TimingOptions options = CommandLine.parseOrExit(args, TimingOptions::parse, TimingOptions.USAGE);
        People people = People.fromCsv(options.registryCsv(), new Random());
        System.out.printf(Locale.ROOT, "%d known people from %s; broker %s%n", people.knownCount(),
                options.registryCsv(), options.baseUrl());
        AnswerTiming timing = new AnswerTiming(options, people);
        boolean passed;
        try (RegistrationFlowSettings changed = RegistrationFlowSettings.change(timing.http, options, System.out)) {
            passed = timing.run();
        }
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws IOException {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        Instant started = Instant.now();
        double loadBefore = os.getSystemLoadAverage();
        List<Attempt> measured = new ArrayList<>();
        int total = options.warmup() + options.rounds();
        long wallStarted = System.nanoTime();
        for (int round = 0; round < total; round++) {
            boolean knownFirst = round % 2 == 0;
            Attempt first = attempt(knownFirst, round);
            Attempt second = attempt(!knownFirst, round);
            if (round >= options.warmup()) {
                measured.add(first);
                measured.add(second);
            }
            if ((round + 1) % 50 == 0 || round + 1 == total) {
                System.out.printf(Locale.ROOT, "%d/%d rounds (%d warm-up)%n", round + 1, total, options.warmup());
            }
        }
        long wallNanos = System.nanoTime() - wallStarted;
        TimingReport report = new TimingReport(options, measured, started, loadBefore, os.getSystemLoadAverage(),
                wallNanos, solvingNanos);
        if (options.samples() != null) {
            report.writeSamples(options.samples());
            System.out.println("samples: " + options.samples());
        }
        return report.print(System.out);
    }

    /** One new browser session of the kind: identification, then wrong answers to whatever is asked. */
    private Attempt attempt(boolean known, int round) {
        Person person = known ? people.nextKnown() : people.unknown();
        RegistrationAttempt browser = new RegistrationAttempt(http, options.baseUrl());
        Page identifyPage = browser.start();
        Timed identify = browser.identify(identifyPage, options.identifierKind(),
                person.identifier(options.identifierKind()), person.nationalId(), person.birthDate().toString());
        solvingNanos += browser.solvingNanos();
        Page questions = RegistrationAttempt.expect(identify.page(), RegistrationAttempt.QUESTIONS_FORM,
                "the questions page after the identification of a " + (known ? "known" : "unknown") + " person");
        Map<String, String> answers = people.wrongAnswers(person, questions.questions());
        Timed answer = browser.answer(questions, answers);
        RegistrationAttempt.expect(answer.page(), RegistrationAttempt.QUESTIONS_FORM,
                "the questions page again after wrong answers");
        return new Attempt(known, round, identify, answer, answer.page().messages());
    }
}
