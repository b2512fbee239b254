package org.bawaba.authenticator;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;

/**
 * The contract between a step that verifies a one-time code and a later step of the same flow that uses it (CIMR
 * enrolment: providers/otp's code step, then providers/password's "verified code as provisional password").
 * <p>
 * Keycloak runs the next executions of a flow in the request in which a step succeeds, so the code is handed over
 * as an attribute of that request's {@link KeycloakSession}: it is never written to the authentication session,
 * and it is gone when the request ends, used or not.
 */
public final class VerifiedCodeHandOff {

    private static final String ATTRIBUTE = VerifiedCodeHandOff.class.getName();

    private final String code;

    private VerifiedCodeHandOff(String code) {
        this.code = code;
    }

    /** Offers {@code code}, just verified, to a later step of this request. */
    public static void offer(KeycloakSession session, String code) {
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("no code to hand over");
        }
        session.setAttribute(ATTRIBUTE, new VerifiedCodeHandOff(code));
    }

    /** The code a step of this request has just verified, once: taking it removes it. */
    public static Optional<String> take(KeycloakSession session) {
        VerifiedCodeHandOff offered = session.getAttribute(ATTRIBUTE, VerifiedCodeHandOff.class);
        session.removeAttribute(ATTRIBUTE);
        return offered == null ? Optional.empty() : Optional.of(offered.code);
    }

    @Override
    public String toString() {
        return "VerifiedCodeHandOff[code hidden]";
    }
}
