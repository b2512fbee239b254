package org.bawaba.registry.reference;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Adds the reference registry's table to Keycloak's database: its entity and its Liquibase changelog, applied at start
 * like Keycloak's own. Deployed with the jar whichever registry provider is chosen (the table then stays empty).
 */
public final class ReferenceRegistryJpaEntityProviderFactory implements JpaEntityProviderFactory {

    /** Also names the changelog's own history table (DATABASECHANGELOG_ and the id's first letters). */
    public static final String ID = "bawaba-identity-registry";

    static final String CHANGELOG = "META-INF/bawaba-identity-registry-changelog.xml";

    private static final JpaEntityProvider PROVIDER = new JpaEntityProvider() {
        @Override
        public List<Class<?>> getEntities() {
            return List.of(RegistryPersonEntity.class);
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
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
