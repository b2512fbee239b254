package org.bawaba.enrolment.chip;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.bawaba.eid.signin.verification.DocumentKind;

/**
 * How a person proves who they are to create an account with a chip (seeds 000 and 001): the phone reads the chip of
 * a national identity card, a residence permit or a passport and takes a selfie matched with the chip's portrait, or
 * reads a CNIE unlocked with its PIN (no selfie: the server checks the chip's Active Authentication, never the PIN).
 */
public enum IdentificationMode {
    CARD_AND_FACE(DocumentKind.IDENTITY_CARD, true, false),
    PERMIT_AND_FACE(DocumentKind.RESIDENCE_PERMIT, true, false),
    CNIE_AND_PIN(DocumentKind.IDENTITY_CARD, false, true),
    /** A biometric passport, of any state the trust store trusts, and a selfie (J3, seed 001). */
    PASSPORT_AND_FACE(DocumentKind.PASSPORT, true, false);

    private final DocumentKind document;
    private final boolean selfie;
    private final boolean pin;

    IdentificationMode(DocumentKind document, boolean selfie, boolean pin) {
        this.document = document;
        this.selfie = selfie;
        this.pin = pin;
    }

    public Set<DocumentKind> documents() {
        return Set.of(document);
    }

    public boolean selfie() {
        return selfie;
    }

    public boolean pin() {
        return pin;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<IdentificationMode> fromApiName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (IdentificationMode mode : values()) {
            if (mode.apiName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
