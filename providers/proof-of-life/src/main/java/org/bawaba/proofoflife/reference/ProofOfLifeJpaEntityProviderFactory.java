package org.bawaba.proofoflife.reference;

import org.bawaba.authenticator.OwnTablesProviderFactory;
import org.bawaba.proofoflife.agents.ProofOfLifeFailureEntity;
import org.bawaba.proofoflife.agents.ProofOfLifeFailures;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Adds the proof-of-life tables to Keycloak's database (changelog {@value #CHANGELOG}). An account's reference portrait
 * and failures go with it, and with its realm.
 */
public final class ProofOfLifeJpaEntityProviderFactory extends OwnTablesProviderFactory {

    /** Also names the changelog's own history table (DATABASECHANGELOG_ and the id's first letters). */
    public static final String ID = "bawaba-proof-of-life";
    static final String CHANGELOG = "META-INF/bawaba-proof-of-life-changelog.xml";

    public ProofOfLifeJpaEntityProviderFactory() {
        super(ID, CHANGELOG, ReferencePortraitEntity.class, ProofOfLifeFailureEntity.class);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                new ReferencePortraits(removed.getKeycloakSession()).deleteOfUser(removed.getUser().getId());
                new ProofOfLifeFailures(removed.getKeycloakSession())
                        .deleteOfUser(removed.getRealm().getId(), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new ReferencePortraits(removed.getKeycloakSession()).deleteOfRealm(removed.getRealm().getId());
                new ProofOfLifeFailures(removed.getKeycloakSession()).deleteOfRealm(removed.getRealm().getId());
            }
        });
    }
}
