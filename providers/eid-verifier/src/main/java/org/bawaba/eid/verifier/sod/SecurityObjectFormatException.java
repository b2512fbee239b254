package org.bawaba.eid.verifier.sod;

/** EF.SOD is not a well-formed ICAO LDS security object in CMS SignedData. */
public final class SecurityObjectFormatException extends Exception {

    public SecurityObjectFormatException(String message) {
        super(message, null, false, false);
    }
}
