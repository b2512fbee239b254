package org.bawaba.demo.session;

import java.time.Instant;

/** An authorization request on its way: what the callback must find again, by its state. */
public record PendingSignIn(String state, String nonce, String codeVerifier, String language, Instant startedAt) {

    @Override
    public String toString() {
        return "PendingSignIn[" + language + ", " + startedAt + "]";
    }
}
