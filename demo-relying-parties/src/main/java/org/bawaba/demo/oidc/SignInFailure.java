package org.bawaba.demo.oidc;

/**
 * Why a sign-in could not be completed, as a reason the pages translate; {@code detail} is technical
 * text safe to show (an OAuth error code, never a token or a secret).
 */
public final class SignInFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        BROKER_UNREACHABLE,
        CODE_REFUSED,
        ID_TOKEN_INVALID,
        USERINFO_FAILED
    }

    private final Reason reason;
    private final String detail;

    public SignInFailure(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    public SignInFailure(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
