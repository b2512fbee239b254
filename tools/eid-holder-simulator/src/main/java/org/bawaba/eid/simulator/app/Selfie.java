package org.bawaba.eid.simulator.app;

/** The selfie the simulated app takes, when the transaction asks for one. */
public enum Selfie {
    /** The holder's own face: the portrait of the DG2 sent, byte for byte. */
    SAME,
    /** Someone else's face: a synthetic face of another seed ({@code faceSeed + 7919}). */
    OTHER,
    /** No selfie sent, even when the transaction asks for one. */
    NONE
}
