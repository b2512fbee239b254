package org.bawaba.history;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The sign-in history in Keycloak's database, in the session's transaction. Rows are a person's own: read them only
 * for that person, or for an administrator allowed to view them.
 */
public final class SignInHistoryStore {

    /** The most entries one read returns. */
    public static final int MAX_ENTRIES = 1000;

    private final KeycloakSession session;

    public SignInHistoryStore(KeycloakSession session) {
        this.session = session;
    }

    /** Most recent first, at most max, only this user's. */
    public List<SignInEntry> recent(RealmModel realm, UserModel user, int max) {
        if (max <= 0) {
            return List.of();
        }
        return em().createNamedQuery(SignInEntity.OF_USER, SignInEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .setMaxResults(Math.min(max, MAX_ENTRIES))
                .getResultStream()
                .map(SignInEntity::toEntry)
                .toList();
    }

    /** How many rows are kept for this user id, whether or not the account still exists. */
    public long count(String realmId, String userId) {
        return em().createNamedQuery(SignInEntity.COUNT_OF_USER, Long.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .getSingleResult();
    }

    /** Keeps one sign-in; the entry's id is ignored and a new one given. Returns the id. */
    String record(String realmId, String userId, SignInEntry entry) {
        String id = KeycloakModelUtils.generateId();
        em().persist(new SignInEntity(id, realmId, userId, entry));
        return id;
    }

    int removeUser(String realmId, String userId) {
        return em().createNamedQuery(SignInEntity.DELETE_OF_USER)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    int removeRealm(String realmId) {
        return em().createNamedQuery(SignInEntity.DELETE_OF_REALM).setParameter("realmId", realmId).executeUpdate();
    }

    /** Removes every sign-in older than {@code beforeMillis} (epoch milliseconds), in every realm. */
    int removeOlderThan(long beforeMillis) {
        return em().createNamedQuery(SignInEntity.DELETE_BEFORE).setParameter("before", beforeMillis).executeUpdate();
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
