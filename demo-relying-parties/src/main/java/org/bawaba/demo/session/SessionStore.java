package org.bawaba.demo.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bawaba.demo.oidc.Pkce;

/**
 * The demo app's own sessions, in memory: it is a demo relying party, not the broker, and runs as one
 * process. Bounded (least recently used sessions go first) and idle sessions expire.
 */
public final class SessionStore {

    private final int maxSessions;
    private final Duration idleTimeout;
    private final Clock clock;
    // Access order: the eldest entry is the least recently used.
    private final LinkedHashMap<String, Entry> sessions = new LinkedHashMap<>(16, 0.75f, true);

    private record Entry(DemoSession session, Instant lastSeen) {
    }

    public SessionStore(int maxSessions, Duration idleTimeout, Clock clock) {
        this.maxSessions = maxSessions;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    public synchronized DemoSession create() {
        evictIdle();
        DemoSession session = new DemoSession(Pkce.randomToken(32));
        sessions.put(session.id(), new Entry(session, clock.instant()));
        Iterator<String> eldest = sessions.keySet().iterator();
        while (sessions.size() > maxSessions) {
            eldest.next();
            eldest.remove();
        }
        return session;
    }

    public synchronized Optional<DemoSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry entry = sessions.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (isIdle(entry, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        sessions.put(id, new Entry(entry.session(), now));
        return Optional.of(entry.session());
    }

    public synchronized void remove(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    public synchronized int size() {
        return sessions.size();
    }

    public Instant now() {
        return clock.instant();
    }

    private void evictIdle() {
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Entry>> eldestFirst = sessions.entrySet().iterator();
        while (eldestFirst.hasNext()) {
            if (!isIdle(eldestFirst.next().getValue(), now)) {
                return;
            }
            eldestFirst.remove();
        }
    }

    private boolean isIdle(Entry entry, Instant now) {
        return entry.lastSeen().plus(idleTimeout).isBefore(now);
    }
}
