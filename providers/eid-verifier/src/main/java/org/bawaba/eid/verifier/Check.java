package org.bawaba.eid.verifier;

/** The individual checks a verification runs; each yields a {@link Finding}. */
public enum Check {
    INPUT,
    SOD_STRUCTURE,
    SOD_SIGNATURE,
    DS_CHAIN,
    DS_REVOCATION,
    ISSUING_STATE,
    DG_HASH,
    MANDATORY_DGS,
    MRZ_CHECK_DIGITS,
    DOCUMENT_EXPIRY,
    ACTIVE_AUTHENTICATION,
    IDENTITY_EXTRACTION
}
