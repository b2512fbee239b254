package org.bawaba.eid.verifier;

/** How strongly an accepted document is bound to a genuine chip. */
public enum Assurance {
    /** Data authentic (passive authentication) and the chip answered the server's challenge: not a clone. */
    CHIP_AUTHENTICATED,
    /** Data authentic, but the chip cannot prove it is not a copy (no Active Authentication). Lower assurance. */
    DATA_AUTHENTICATED
}
