package org.bawaba.eid.simulator.document;

/** Active Authentication key a synthetic chip carries in DG15. */
public enum ActiveAuthenticationKind {
    /** No DG15: the chip cannot do Active Authentication. */
    NONE,
    /** RSA-1024, ISO 9796-2 scheme 1, SHA-1 with the implicit trailer 0xBC (the most common on real chips). */
    RSA_1024_SHA1,
    /** RSA-2048, ISO 9796-2 scheme 1, SHA-256 with the explicit trailer 0x34CC. */
    RSA_2048_SHA256,
    /** ECDSA brainpoolP256r1, plain r||s, SHA-256 named by an ActiveAuthenticationInfo in DG14. */
    ECDSA_BRAINPOOL_P256_SHA256
}
