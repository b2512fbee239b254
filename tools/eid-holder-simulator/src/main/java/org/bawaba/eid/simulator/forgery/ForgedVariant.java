package org.bawaba.eid.simulator.forgery;

/** Ways a presentation can be forged. Each must be rejected by the verifier, each for its own reason. */
public enum ForgedVariant {
    /** DG2 of another holder presented with the genuine EF.SOD. */
    SUBSTITUTED_DATA_GROUP,
    /** One byte of the EF.SOD signature value flipped. */
    FLIPPED_SOD_BYTE,
    /** Signed by a document signer under a rogue CSCA that copies the real CSCA's name. */
    WRONG_CSCA,
    /** Signed by a document signer that the CSCA's CRL revokes. */
    REVOKED_DOCUMENT_SIGNER,
    /** Issued correctly but past its expiry date. */
    EXPIRED_DOCUMENT,
    /** The chip's genuine answer to an earlier challenge, replayed against the server's new challenge. */
    REPLAYED_AA_ANSWER,
    /** DG11 presented but not hashed in EF.SOD. */
    DATA_GROUP_NOT_IN_SOD,
    /** MRZ issuing state of another country than the signing CSCA's (a foreign DS signing "our" documents). */
    MISMATCHED_ISSUING_STATE,
    /** A document-number check digit altered in DG1, then hashed and signed (isolates the MRZ check). */
    TAMPERED_CHECK_DIGIT
}
