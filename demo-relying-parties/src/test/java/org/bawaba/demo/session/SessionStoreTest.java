package org.bawaba.demo.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SessionStoreTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void idleSessionsExpire() {
        SessionStore store = new SessionStore(10, Duration.ofMinutes(30), clock);
        DemoSession session = store.create();

        clock.advance(Duration.ofMinutes(29));
        assertThat(store.find(session.id())).contains(session);
        clock.advance(Duration.ofMinutes(29));
        assertThat(store.find(session.id())).as("each use restarts the idle time").contains(session);
        clock.advance(Duration.ofMinutes(31));
        assertThat(store.find(session.id())).isEmpty();
    }

    @Test
    void theStoreIsBoundedAndDropsTheLeastRecentlyUsed() {
        SessionStore store = new SessionStore(2, Duration.ofMinutes(30), clock);
        DemoSession first = store.create();
        DemoSession second = store.create();
        store.find(first.id());

        store.create();

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.find(first.id())).isPresent();
        assertThat(store.find(second.id())).isEmpty();
    }

    @Test
    void aStateIsAcceptedOnceAndOnlyWhileFresh() {
        SessionStore store = new SessionStore(10, Duration.ofMinutes(30), clock);
        DemoSession session = store.create();
        session.addPending(new PendingSignIn("s1", "n1", "v1", "fr", clock.instant()));
        session.addPending(new PendingSignIn("s2", "n2", "v2", "fr", clock.instant()));

        assertThat(session.takePending("s1", clock.instant(), Duration.ofMinutes(10))).isPresent();
        assertThat(session.takePending("s1", clock.instant(), Duration.ofMinutes(10))).isEmpty();
        clock.advance(Duration.ofMinutes(11));
        assertThat(session.takePending("s2", clock.instant(), Duration.ofMinutes(10))).isEmpty();
        assertThat(session.takePending(null, clock.instant(), Duration.ofMinutes(10))).isEmpty();
    }

    @Test
    void pendingSignInsAreBounded() {
        DemoSession session = new SessionStore(10, Duration.ofMinutes(30), clock).create();
        for (int i = 0; i <= DemoSession.MAX_PENDING_SIGN_INS; i++) {
            session.addPending(new PendingSignIn("s" + i, "n", "v", "fr", clock.instant()));
        }
        assertThat(session.takePending("s0", clock.instant(), Duration.ofMinutes(10))).as("the oldest goes first").isEmpty();
        assertThat(session.takePending("s" + DemoSession.MAX_PENDING_SIGN_INS, clock.instant(), Duration.ofMinutes(10))).isPresent();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
