package org.bawaba.proofoflife.agents;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** The agents' list of failed proofs of life. */
public final class ProofOfLifeFailures {

    /** One failure as the agents' list shows it. */
    public record Failure(String id, String userId, long failedAt, int attempts, String reason) {
    }

    private final EntityManager em;

    public ProofOfLifeFailures(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public void record(RealmModel realm, UserModel user, int attempts, String reason) {
        em.persist(new ProofOfLifeFailureEntity(KeycloakModelUtils.generateId(), realm.getId(), user.getId(),
                Time.currentTimeMillis(), attempts, reason));
    }

    public List<Failure> of(RealmModel realm, int first, int max) {
        return em.createNamedQuery(ProofOfLifeFailureEntity.BY_REALM, ProofOfLifeFailureEntity.class)
                .setParameter("realmId", realm.getId()).setFirstResult(first).setMaxResults(max)
                .getResultStream()
                .map(f -> new Failure(f.getId(), f.getUserId(), f.getFailedAt(), f.getAttempts(), f.getReason()))
                .toList();
    }

    public void deleteOfUser(String realmId, String userId) {
        em.createNamedQuery(ProofOfLifeFailureEntity.DELETE_BY_USER).setParameter("realmId", realmId)
                .setParameter("userId", userId).executeUpdate();
    }

    public void deleteOfRealm(String realmId) {
        em.createNamedQuery(ProofOfLifeFailureEntity.DELETE_BY_REALM).setParameter("realmId", realmId).executeUpdate();
    }
}
