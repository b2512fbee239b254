package org.bawaba.registry.reference;

import java.util.Objects;

import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;

/**
 * What the registry holds to check one person's answers: how they are paid (which decides the questions) and the
 * keyed hash of each answer, null when that answer is not on file.
 */
record StoredAnswers(PaymentMode paymentMode, String employerIdHash, String bankAccountHash, String civilStatusHash) {

    StoredAnswers {
        Objects.requireNonNull(paymentMode, "paymentMode");
    }

    String hashOf(Question question) {
        return switch (question) {
            case EMPLOYER_ID -> employerIdHash;
            case BANK_ACCOUNT_LAST8 -> bankAccountHash;
            case CIVIL_STATUS_NUMBER -> civilStatusHash;
        };
    }

    @Override
    public String toString() {
        return "StoredAnswers[" + paymentMode + "]";
    }
}
