package org.bawaba.proofoflife.reference;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.bawaba.spi.face.Portrait;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The accounts' reference portraits, in Keycloak's own database (so they commit and roll back with the account that
 * a creation makes in the same request). Never in a user attribute, never in an event or a log.
 */
public final class ReferencePortraits {

    /** The photo read from a passport's chip when the account was created. */
    public static final String FROM_PASSPORT_CHIP = "passport-chip";

    private final EntityManager em;

    public ReferencePortraits(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public void keep(RealmModel realm, UserModel user, Portrait portrait, String source) {
        ReferencePortraitEntity existing = em.find(ReferencePortraitEntity.class, user.getId());
        long now = Time.currentTimeMillis();
        if (existing == null) {
            em.persist(new ReferencePortraitEntity(user.getId(), realm.getId(), portrait.mediaType(), portrait.bytes(),
                    source, now));
        } else {
            existing.replace(portrait.mediaType(), portrait.bytes(), source, now);
        }
    }

    public Optional<Portrait> of(RealmModel realm, UserModel user) {
        ReferencePortraitEntity found = em.find(ReferencePortraitEntity.class, user.getId());
        return found == null || !realm.getId().equals(found.getRealmId()) ? Optional.empty()
                : Optional.of(new Portrait(found.getMediaType(), found.getImage()));
    }

    void deleteOfUser(String userId) {
        ReferencePortraitEntity found = em.find(ReferencePortraitEntity.class, userId);
        if (found != null) {
            em.remove(found);
        }
    }

    void deleteOfRealm(String realmId) {
        em.createNamedQuery(ReferencePortraitEntity.DELETE_BY_REALM).setParameter("realmId", realmId).executeUpdate();
    }
}
