package org.bawaba.eid.verifier;

/**
 * Machine-readable outcome of a verification. When several checks fail, the verdict carries the first failing
 * reason in declaration order: the most fundamental defect wins.
 */
public enum VerdictReason {
    /** Accepted: data authentic and the chip proved possession of its Active Authentication key. */
    VERIFIED,
    /** Accepted by policy at a lower assurance: data authentic, but the chip has no Active Authentication. */
    VERIFIED_WITHOUT_ACTIVE_AUTHENTICATION,

    /** Input missing, oversized or not parseable (EF.SOD, DG1 structure, ...). */
    MALFORMED_INPUT,
    /** The CMS signature over the LDS security object does not verify (or there is no signer certificate). */
    SOD_SIGNATURE_INVALID,
    /** The document signer certificate does not chain to a trusted, valid CSCA. */
    DS_CHAIN_UNTRUSTED,
    /** The document signer certificate had expired at the validation time (after its notAfter). */
    DS_CERTIFICATE_EXPIRED,
    /** The document signer certificate was not yet valid at the validation time (before its notBefore). */
    DS_CERTIFICATE_NOT_YET_VALID,
    /** The document signer certificate is on its CSCA's CRL. */
    DS_REVOKED,
    /** The document signer certificate lacks digitalSignature key usage, or is a CA certificate. */
    DS_KEY_USAGE_INVALID,
    /** CSCA country, DS country and MRZ issuing state do not all agree. */
    ISSUING_STATE_MISMATCH,
    /** A presented data group has no hash in EF.SOD. */
    DG_NOT_IN_SOD,
    /** A presented data group's raw bytes do not hash to the value in EF.SOD. */
    DG_HASH_MISMATCH,
    /** DG1 or DG2 was not presented. */
    MANDATORY_DG_MISSING,
    /** A check digit in the MRZ (DG1) does not match the recomputed value. */
    MRZ_CHECK_DIGIT_INVALID,
    /** The document's date of expiry is before the validation date. */
    DOCUMENT_EXPIRED,
    /** The chip has Active Authentication (DG15 hashed in EF.SOD) but no DG15 or no answer was presented. */
    AA_RESPONSE_MISSING,
    /** The Active Authentication answer does not verify over the server's challenge with the DG15 key. */
    AA_FAILED,
    /** The chip has no Active Authentication and the policy requires it. */
    AA_MISSING;

    public boolean accepted() {
        return this == VERIFIED || this == VERIFIED_WITHOUT_ACTIVE_AUTHENTICATION;
    }
}
