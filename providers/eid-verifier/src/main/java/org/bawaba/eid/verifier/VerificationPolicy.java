package org.bawaba.eid.verifier;

import java.util.Objects;

/**
 * @param withoutActiveAuthentication what to do with a chip that has no Active Authentication (no DG15 in EF.SOD)
 * @param validationTime              the instant certificates, revocation and document expiry are judged at
 */
public record VerificationPolicy(NoActiveAuthentication withoutActiveAuthentication, ValidationTime validationTime) {

    public enum NoActiveAuthentication {
        /** Accept, with {@link Assurance#DATA_AUTHENTICATED}. */
        ACCEPT_AT_LOWER_ASSURANCE,
        /** Reject with {@link VerdictReason#AA_MISSING}. */
        REJECT
    }

    public enum ValidationTime {
        /** The verifier's clock: the normal mode for authentication. */
        CURRENT_TIME,
        /**
         * Forensic: the SOD's CMS signing-time attribute, or the DS certificate's notBefore when the SOD has none
         * (the earliest instant the document can have been signed).
         */
        SIGNING_TIME
    }

    public VerificationPolicy {
        Objects.requireNonNull(withoutActiveAuthentication, "withoutActiveAuthentication");
        Objects.requireNonNull(validationTime, "validationTime");
    }

    /** Secure by default: current time, and a chip without Active Authentication is rejected. */
    public static VerificationPolicy strict() {
        return new VerificationPolicy(NoActiveAuthentication.REJECT, ValidationTime.CURRENT_TIME);
    }

    public VerificationPolicy with(NoActiveAuthentication choice) {
        return new VerificationPolicy(choice, validationTime);
    }

    public VerificationPolicy with(ValidationTime choice) {
        return new VerificationPolicy(withoutActiveAuthentication, choice);
    }
}
