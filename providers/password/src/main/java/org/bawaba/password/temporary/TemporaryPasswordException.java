package org.bawaba.password.temporary;

/** A temporary password could not be issued; the caller rolls the transaction back. */
public class TemporaryPasswordException extends Exception {

    public enum Reason {
        /** The account has no email address (or, for self-service, no verified one). */
        NO_EMAIL,
        /** The email could not be sent. */
        EMAIL_NOT_SENT,
        /** Keycloak refused the credential (e.g. the realm's password policy). */
        CREDENTIAL_REFUSED
    }

    private final Reason reason;

    public TemporaryPasswordException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
