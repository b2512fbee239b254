package org.bawaba.registry.reference;

import java.util.List;
import java.util.Map;

import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;

/**
 * Decides whether a person's answers match what the registry holds, doing the same work whatever the outcome: one
 * keyed hash and one constant-time comparison for every question, answered or not, known person or not, with no early
 * exit. Response times then tell a stranger neither who is registered nor which answer was wrong.
 */
final class AnswerCheck {

    /** The questions asked of an unknown person, for whom the answer is false anyway: any fixed choice will do. */
    private static final PaymentMode UNKNOWN_PERSON_MODE = PaymentMode.BANK_TRANSFER;

    private final AnswerHasher hasher;

    AnswerCheck(AnswerHasher hasher) {
        this.hasher = hasher;
    }

    /**
     * True when every question asked of the person (from how they identified and how they are paid) is answered, and
     * every answer given matches the records.
     *
     * @param stored  the person's records, or null when the identification names nobody
     * @param answers what the person typed, by question; a missing, blank or malformed answer is a wrong one
     */
    boolean matches(IdentifierKind identifiedWith, StoredAnswers stored, Map<Question, String> answers) {
        boolean known = stored != null;
        List<Question> asked = Question.askedOf(identifiedWith, known ? stored.paymentMode() : UNKNOWN_PERSON_MODE);
        boolean allRight = true;
        for (Question question : Question.values()) {
            String typed = answers == null ? null : answers.get(question);
            // Always one hash, of the placeholder when the answer cannot be right...
            String computed = hasher.hashOrPlaceholder(question, typed);
            // ...and always one comparison, with the dummy when nothing is on file.
            boolean equal = hasher.matchesStored(computed, known ? stored.hashOf(question) : null);
            boolean wellFormed = question.normalize(typed) != null;
            boolean counts = asked.contains(question) | typed != null;
            allRight &= !counts | (wellFormed & equal);
        }
        return known & allRight;
    }
}
