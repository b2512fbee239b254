package org.bawaba.eid.signin.transaction;

/** Where a transaction is, as the browser page and the holder API see it. */
public enum TransactionState {
    /** Opened: the QR code is shown, no phone has fetched it yet. */
    WAITING,
    /** A phone fetched it and holds a challenge. */
    READING,
    /** The chip data, the chip's answer and (as configured) the face passed: the browser may continue. */
    VERIFIED,
    /** The last presentation was refused; with attempts left the phone may try again. */
    REFUSED,
    /** Its five minutes are over, or it was replaced by a newer transaction of the same login. */
    EXPIRED;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
