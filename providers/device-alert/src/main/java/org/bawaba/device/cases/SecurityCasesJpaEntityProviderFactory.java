package org.bawaba.device.cases;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Adds the operators' list of reported sign-ins to Keycloak's database: its entity and its Liquibase changelog,
 * applied at start like Keycloak's own. A case goes with its account (and with its realm) when either is deleted.
 */
public final class SecurityCasesJpaEntityProviderFactory implements JpaEntityProviderFactory {

    /** Also names the changelog's own history table (DATABASECHANGELOG_ and the id's first letters). */
    public static final String ID = "bawaba-security-cases";

    static final String CHANGELOG = "META-INF/bawaba-security-cases-changelog.xml";

    private static final JpaEntityProvider PROVIDER = new JpaEntityProvider() {
        @Override
        public List<Class<?>> getEntities() {
            return List.of(SecurityCaseEntity.class);
        }

        @Override
        public String getChangelogLocation() {
            return CHANGELOG;
        }

        @Override
        public String getFactoryId() {
            return ID;
        }

        @Override
        public void close() {
        }
    };

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                new SecurityCases(removed.getKeycloakSession()).deleteOfUser(removed.getRealm().getId(), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new SecurityCases(removed.getKeycloakSession()).deleteOfRealm(removed.getRealm().getId());
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
