package org.bawaba.eid.signin.transaction;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * Finds the login a transaction secret belongs to. The phone has no cookie: its secret's digest keys, in Keycloak's
 * single-use object store (shared by the cluster), the coordinates of the browser's authentication session. The
 * entry outlives the transaction by a grace period, so that a late call is told "expired" rather than "unknown".
 */
public final class TransactionIndex {

    static final String PREFIX = "bawaba-eid-tx:";
    static final long GRACE_SECONDS = 1800;

    private static final String REALM = "realm";
    private static final String ROOT_SESSION = "root";
    private static final String TAB = "tab";
    private static final String CLIENT = "client";
    private static final String EXPIRES_AT = "expiresAt";

    /** Where a transaction's login lives. {@code expiresAt} in seconds since the epoch. */
    public record Entry(String realmId, String rootSessionId, String tabId, String clientId, long expiresAt) {

        public boolean expired(long now) {
            return now >= expiresAt;
        }
    }

    private final SingleUseObjectProvider store;

    public TransactionIndex(SingleUseObjectProvider store) {
        this.store = store;
    }

    public void put(String secretDigest, Entry entry, long lifespanSeconds) {
        Map<String, String> notes = new HashMap<>();
        notes.put(REALM, entry.realmId());
        notes.put(ROOT_SESSION, entry.rootSessionId());
        notes.put(TAB, entry.tabId());
        notes.put(CLIENT, entry.clientId());
        notes.put(EXPIRES_AT, Long.toString(entry.expiresAt()));
        store.put(PREFIX + secretDigest, lifespanSeconds + GRACE_SECONDS, notes);
    }

    public Optional<Entry> find(String secretDigest) {
        Map<String, String> notes = store.get(PREFIX + secretDigest);
        if (notes == null || notes.get(ROOT_SESSION) == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(notes.get(REALM), notes.get(ROOT_SESSION), notes.get(TAB), notes.get(CLIENT),
                Long.parseLong(notes.get(EXPIRES_AT))));
    }
}
