package org.bawaba.eid.verifier;

/**
 * One check's outcome. {@code dataGroup} is the data group number for per-DG checks, otherwise 0. {@code reason} is
 * null for a pass. {@code detail} is technical and never carries personal data.
 */
public record Finding(Check check, int dataGroup, boolean passed, VerdictReason reason, String detail) {

    public static Finding pass(Check check, String detail) {
        return new Finding(check, 0, true, null, detail);
    }

    public static Finding pass(Check check, int dataGroup, String detail) {
        return new Finding(check, dataGroup, true, null, detail);
    }

    public static Finding fail(Check check, VerdictReason reason, String detail) {
        return new Finding(check, 0, false, reason, detail);
    }

    public static Finding fail(Check check, int dataGroup, VerdictReason reason, String detail) {
        return new Finding(check, dataGroup, false, reason, detail);
    }
}
