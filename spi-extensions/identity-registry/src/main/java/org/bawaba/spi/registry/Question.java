package org.bawaba.spi.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A question checked against the registry's records. The answer is normalised the same way on both sides. */
public enum Question {
    /** The last 8 digits of the bank account (RIB) on file: asked of people paid by bank transfer. */
    BANK_ACCOUNT_LAST8,
    /** The civil-status number: asked of people paid by postal money order. */
    CIVIL_STATUS_NUMBER,
    /** The identifier at the employer or pension fund: asked of people who identified with their registration number. */
    EMPLOYER_ID;

    /** The questions for a person, from how they identified and how they are paid. */
    public static List<Question> askedOf(IdentifierKind identifiedWith, PaymentMode paidBy) {
        List<Question> questions = new ArrayList<>(2);
        if (identifiedWith == IdentifierKind.REGISTRATION_NUMBER) {
            questions.add(EMPLOYER_ID);
        }
        questions.add(paidBy == PaymentMode.BANK_TRANSFER ? BANK_ACCOUNT_LAST8 : CIVIL_STATUS_NUMBER);
        return List.copyOf(questions);
    }

    /**
     * The answer as compared: spaces, dashes and dots dropped, letters upper-cased; the bank-account answer is its
     * digits only and must be exactly 8 of them. Null when the answer cannot be right whatever the records say.
     */
    public String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (this == BANK_ACCOUNT_LAST8) {
            return compact.matches("[0-9]{8}") ? compact : null;
        }
        return compact.isEmpty() || compact.length() > 64 || !compact.matches("[0-9A-Z/]+") ? null : compact;
    }
}
