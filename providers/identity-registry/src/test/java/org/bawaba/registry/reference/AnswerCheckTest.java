package org.bawaba.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.spi.registry.IdentifierKind.EMPLOYER_ID;
import static org.bawaba.spi.registry.IdentifierKind.REGISTRATION_NUMBER;
import static org.bawaba.spi.registry.Question.BANK_ACCOUNT_LAST8;
import static org.bawaba.spi.registry.Question.CIVIL_STATUS_NUMBER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private final CountingHasher hasher = new CountingHasher();
    private final AnswerCheck check = new AnswerCheck(hasher);

    /** Paid by bank transfer; no civil-status number on file. */
    private final StoredAnswers bankPerson = new StoredAnswers(PaymentMode.BANK_TRANSFER,
            hasher.hash(Question.EMPLOYER_ID, "EMP-77"), hasher.hash(BANK_ACCOUNT_LAST8, "12345678"), null);
    /** Paid by postal order; a bank account on file too. */
    private final StoredAnswers postalPerson = new StoredAnswers(PaymentMode.POSTAL_ORDER,
            hasher.hash(Question.EMPLOYER_ID, "EMP-78"), hasher.hash(BANK_ACCOUNT_LAST8, "87654321"),
            hasher.hash(CIVIL_STATUS_NUMBER, "123/2001"));

    @Test
    void rightAnswersToEveryQuestionAsked_match() {
        assertThat(check.matches(REGISTRATION_NUMBER, bankPerson,
                Map.of(Question.EMPLOYER_ID, "emp 77", BANK_ACCOUNT_LAST8, "1234 5678"))).isTrue();
        assertThat(check.matches(EMPLOYER_ID, bankPerson, Map.of(BANK_ACCOUNT_LAST8, "12345678"))).isTrue();
        assertThat(check.matches(EMPLOYER_ID, postalPerson, Map.of(CIVIL_STATUS_NUMBER, "123/2001"))).isTrue();
    }

    @Test
    void oneWrongAnswer_failsTheWhole() {
        assertThat(check.matches(REGISTRATION_NUMBER, bankPerson,
                Map.of(Question.EMPLOYER_ID, "EMP77", BANK_ACCOUNT_LAST8, "12345679"))).isFalse();
        assertThat(check.matches(REGISTRATION_NUMBER, bankPerson,
                Map.of(Question.EMPLOYER_ID, "EMP76", BANK_ACCOUNT_LAST8, "12345678"))).isFalse();
    }

    @Test
    void aMissingOrMalformedAnswer_isWrong() {
        assertThat(check.matches(REGISTRATION_NUMBER, bankPerson, Map.of(BANK_ACCOUNT_LAST8, "12345678"))).isFalse();
        assertThat(check.matches(EMPLOYER_ID, bankPerson, Map.of())).isFalse();
        assertThat(check.matches(EMPLOYER_ID, bankPerson, null)).isFalse();
        assertThat(check.matches(EMPLOYER_ID, bankPerson, Map.of(BANK_ACCOUNT_LAST8, "1234567"))).isFalse();
        Map<Question, String> withNull = new HashMap<>();
        withNull.put(BANK_ACCOUNT_LAST8, null);
        assertThat(check.matches(EMPLOYER_ID, bankPerson, withNull)).isFalse();
    }

    @Test
    void anAnswerGivenBeyondThoseAsked_mustBeRightToo() {
        // The postal-order person is asked the civil-status number only; a wrong bank account given anyway fails.
        assertThat(check.matches(EMPLOYER_ID, postalPerson,
                Map.of(CIVIL_STATUS_NUMBER, "123/2001", BANK_ACCOUNT_LAST8, "87654321"))).isTrue();
        assertThat(check.matches(EMPLOYER_ID, postalPerson,
                Map.of(CIVIL_STATUS_NUMBER, "123/2001", BANK_ACCOUNT_LAST8, "11111111"))).isFalse();
        // Nothing on file for the question: never right.
        assertThat(check.matches(EMPLOYER_ID, bankPerson,
                Map.of(BANK_ACCOUNT_LAST8, "12345678", CIVIL_STATUS_NUMBER, "123/2001"))).isFalse();
    }

    @Test
    void anUnknownPerson_neverMatches() {
        assertThat(check.matches(REGISTRATION_NUMBER, null,
                Map.of(Question.EMPLOYER_ID, "EMP77", BANK_ACCOUNT_LAST8, "12345678"))).isFalse();
        assertThat(check.matches(EMPLOYER_ID, null, Map.of(CIVIL_STATUS_NUMBER, "123/2001"))).isFalse();
    }

    @Test
    void theWorkIsTheSame_whateverTheOutcome() {
        List<Runnable> cases = List.of(
                () -> check.matches(REGISTRATION_NUMBER, bankPerson,
                        Map.of(Question.EMPLOYER_ID, "EMP77", BANK_ACCOUNT_LAST8, "12345678")),
                () -> check.matches(REGISTRATION_NUMBER, bankPerson,
                        Map.of(Question.EMPLOYER_ID, "WRONG", BANK_ACCOUNT_LAST8, "12345678")),
                () -> check.matches(REGISTRATION_NUMBER, null,
                        Map.of(Question.EMPLOYER_ID, "EMP77", BANK_ACCOUNT_LAST8, "12345678")),
                () -> check.matches(EMPLOYER_ID, postalPerson, Map.of()),
                () -> check.matches(EMPLOYER_ID, null, Map.of(BANK_ACCOUNT_LAST8, "not digits")));
        List<String> work = new ArrayList<>();
        for (Runnable run : cases) {
            hasher.calls.clear();
            run.run();
            work.add(String.join(",", hasher.calls));
        }
        // Every question hashed once and compared once, in the same order, whatever the person and the answers.
        assertThat(work).containsOnly("hash BANK_ACCOUNT_LAST8,compare,hash CIVIL_STATUS_NUMBER,compare,"
                + "hash EMPLOYER_ID,compare");
    }

    /** Records the calls the check makes, to show it makes the same ones every time. */
    private static final class CountingHasher extends AnswerHasher {
        final List<String> calls = new ArrayList<>();

        CountingHasher() {
            super("counting key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        String hashOrPlaceholder(Question question, String value) {
            calls.add("hash " + question);
            return super.hashOrPlaceholder(question, value);
        }

        @Override
        boolean matchesStored(String computed, String stored) {
            calls.add("compare");
            return super.matchesStored(computed, stored);
        }
    }
}
