package org.bawaba.eid.signin.verification;

import java.util.Locale;

import org.bawaba.eid.verifier.VerdictReason;

/**
 * Why a chip sign-in was refused, as a person understands it. The precise {@link VerdictReason} goes to the event;
 * the person, the app and the page get one of these (API name {@code document_expired}, message key
 * {@code bawabaEidRefused.document_expired}).
 */
public enum Refusal {
    /** Not issued by a state whose documents are trusted, or not by the state it names. */
    DOCUMENT_NOT_RECOGNISED,
    /** Its issuer has withdrawn the key that signed it. */
    DOCUMENT_REVOKED,
    DOCUMENT_EXPIRED,
    /** The data read does not match what the issuer signed, or is incomplete. */
    DOCUMENT_ALTERED,
    /** The chip could not prove it is the original chip (Active Authentication). */
    CHIP_NOT_GENUINE,
    FACE_MISMATCH,
    /** A genuine document, but not of the kind this journey asked for (a passport where an identity card was chosen). */
    DOCUMENT_NOT_ACCEPTED,
    FACE_SERVICE_UNAVAILABLE,
    TIMED_OUT,
    TOO_MANY_ATTEMPTS;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "bawabaEidRefused." + apiName();
    }

    public static Refusal fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public static Refusal of(VerdictReason reason) {
        return switch (reason) {
            case VERIFIED, VERIFIED_WITHOUT_ACTIVE_AUTHENTICATION ->
                    throw new IllegalArgumentException("not a refusal: " + reason);
            case DS_CHAIN_UNTRUSTED, DS_KEY_USAGE_INVALID, DS_CERTIFICATE_NOT_YET_VALID, ISSUING_STATE_MISMATCH ->
                    DOCUMENT_NOT_RECOGNISED;
            case DS_REVOKED -> DOCUMENT_REVOKED;
            // A document signer certificate is valid for as long as the documents it signed (ICAO 9303-12).
            case DOCUMENT_EXPIRED, DS_CERTIFICATE_EXPIRED -> DOCUMENT_EXPIRED;
            case MALFORMED_INPUT, SOD_SIGNATURE_INVALID, DG_NOT_IN_SOD, DG_HASH_MISMATCH, MANDATORY_DG_MISSING,
                 MRZ_CHECK_DIGIT_INVALID -> DOCUMENT_ALTERED;
            case AA_RESPONSE_MISSING, AA_FAILED, AA_MISSING -> CHIP_NOT_GENUINE;
        };
    }
}
