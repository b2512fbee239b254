package org.bawaba.otp.code;

import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The code currently awaited by one login, kept in authentication-session notes (so any node can check
 * it): the salted hash of the code, the recipient it went to, when it was sent and expires, and the
 * wrong attempts so far. {@code scope} keeps the challenges of different steps apart.
 */
public final class CodeChallenge {

    public enum Check {
        ACCEPTED, WRONG, EXPIRED, EXHAUSTED, NONE
    }

    private final AuthenticationSessionModel authSession;
    private final String prefix;

    public CodeChallenge(AuthenticationSessionModel authSession, String scope) {
        this.authSession = authSession;
        this.prefix = "bawaba.otp." + scope + ".";
    }

    /** Starts a new challenge, replacing any previous one. */
    public void start(String code, String recipient, CodePolicy policy) {
        String salt = OneTimeCode.newSalt();
        int now = Time.currentTime();
        note("salt", salt);
        note("hash", OneTimeCode.hash(code, salt));
        note("recipient", recipient);
        note("sentAt", String.valueOf(now));
        note("expiresAt", String.valueOf(now + policy.validitySeconds()));
        note("wrong", "0");
    }

    public Check check(String typed, CodePolicy policy) {
        String hash = note("hash");
        if (hash == null) {
            return note("exhausted") != null ? Check.EXHAUSTED : Check.NONE;
        }
        if (Time.currentTime() > Integer.parseInt(note("expiresAt"))) {
            kill(false);
            return Check.EXPIRED;
        }
        if (OneTimeCode.matches(typed, note("salt"), hash)) {
            return Check.ACCEPTED;
        }
        int wrong = Integer.parseInt(note("wrong")) + 1;
        if (wrong >= policy.maxWrongAttempts()) {
            kill(true);
            return Check.EXHAUSTED;
        }
        note("wrong", String.valueOf(wrong));
        return Check.WRONG;
    }

    public int attemptsLeft(CodePolicy policy) {
        String wrong = note("wrong");
        return wrong == null ? 0 : policy.maxWrongAttempts() - Integer.parseInt(wrong);
    }

    public boolean isActive() {
        return note("hash") != null;
    }

    /** Where the current or last code went; stays after the code is dead so that it can be resent. */
    public String recipient() {
        return note("recipient");
    }

    /** Seconds until another code may be sent; 0 when it may be sent now. */
    public int secondsUntilResend(CodePolicy policy) {
        String sentAt = note("sentAt");
        if (sentAt == null) {
            return 0;
        }
        return Math.max(0, Integer.parseInt(sentAt) + policy.resendAfterSeconds() - Time.currentTime());
    }

    /** Forgets the challenge entirely, e.g. once the code was accepted or the person changes the recipient. */
    public void clear() {
        for (String name : new String[] {"salt", "hash", "recipient", "sentAt", "expiresAt", "wrong", "exhausted"}) {
            authSession.removeAuthNote(prefix + name);
        }
    }

    private void kill(boolean exhausted) {
        authSession.removeAuthNote(prefix + "hash");
        authSession.removeAuthNote(prefix + "salt");
        authSession.removeAuthNote(prefix + "wrong");
        if (exhausted) {
            note("exhausted", "true");
        }
    }

    private String note(String name) {
        return authSession.getAuthNote(prefix + name);
    }

    private void note(String name, String value) {
        authSession.setAuthNote(prefix + name, value);
    }
}
