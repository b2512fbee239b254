package org.bawaba.demo.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One browser's session with one demo relying party. Sign-ins started in several tabs each keep their state. */
public final class DemoSession {

    static final int MAX_PENDING_SIGN_INS = 5;

    private final String id;
    private final Map<String, PendingSignIn> pending = new LinkedHashMap<>();
    private SignedIn signedIn;

    DemoSession(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public synchronized void addPending(PendingSignIn signIn) {
        pending.put(signIn.state(), signIn);
        while (pending.size() > MAX_PENDING_SIGN_INS) {
            pending.remove(pending.keySet().iterator().next());
        }
    }

    /** The sign-in started with this state, if it is recent enough; each state is accepted once. */
    public synchronized Optional<PendingSignIn> takePending(String state, Instant now, Duration maxAge) {
        PendingSignIn signIn = state == null ? null : pending.remove(state);
        if (signIn == null || signIn.startedAt().plus(maxAge).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(signIn);
    }

    public synchronized Optional<SignedIn> signedIn() {
        return Optional.ofNullable(signedIn);
    }

    public synchronized void signIn(SignedIn completed) {
        this.signedIn = completed;
        pending.clear();
    }
}
