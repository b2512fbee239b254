package org.bawaba.device.cases;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** The operators' list of reported sign-ins, in Keycloak's own database and transaction. */
public final class SecurityCases {

    private final EntityManager em;

    public SecurityCases(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Opens a case for a reported sign-in; its id. */
    public String open(RealmModel realm, String userId, Long signInAt, String clientId, String identityProvider,
                       String deviceFingerprint) {
        SecurityCaseEntity reported = new SecurityCaseEntity(KeycloakModelUtils.generateId(), realm.getId(), userId,
                Time.currentTimeMillis(), signInAt, clientId, identityProvider, deviceFingerprint);
        em.persist(reported);
        return reported.getId();
    }

    public List<SecurityCaseEntity> open(RealmModel realm) {
        return em.createNamedQuery(SecurityCaseEntity.BY_REALM_AND_STATUS, SecurityCaseEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("status", SecurityCaseEntity.Status.OPEN)
                .getResultList();
    }

    public Optional<SecurityCaseEntity> find(RealmModel realm, String id) {
        SecurityCaseEntity found = id == null || id.length() > 36 ? null : em.find(SecurityCaseEntity.class, id);
        return found != null && found.getRealmId().equals(realm.getId()) ? Optional.of(found) : Optional.empty();
    }

    public void close(SecurityCaseEntity reported, String closedBy) {
        reported.close(closedBy, Time.currentTimeMillis());
    }

    void deleteOfUser(String realmId, String userId) {
        em.createNamedQuery(SecurityCaseEntity.DELETE_BY_USER)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    void deleteOfRealm(String realmId) {
        em.createNamedQuery(SecurityCaseEntity.DELETE_BY_REALM).setParameter("realmId", realmId).executeUpdate();
    }
}
