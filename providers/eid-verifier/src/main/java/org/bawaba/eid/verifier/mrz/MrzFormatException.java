package org.bawaba.eid.verifier.mrz;

/** DG1 does not hold a well-formed TD1, TD2 or TD3 MRZ. */
public final class MrzFormatException extends Exception {

    public MrzFormatException(String message) {
        super(message, null, false, false);
    }
}
