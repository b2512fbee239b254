package org.bawaba.authenticator;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * A module's own tables in Keycloak's database: its JPA entities and its Liquibase changelog, applied at start like
 * Keycloak's own. Subclass it with a public constructor taking no argument and list the subclass in the module's
 * {@code META-INF/services/org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory}.
 */
public abstract class OwnTablesProviderFactory implements JpaEntityProviderFactory {

    private final String id;
    private final JpaEntityProvider provider;

    /**
     * @param id        the factory's id; also names the changelog's own history table (DATABASECHANGELOG_ and the id's
     *                  first letters), so it must differ from every other module's in its first letters
     * @param changelog the changelog's resource path, e.g. {@code META-INF/bawaba-xxx-changelog.xml}
     * @param entities  the entity classes
     */
    protected OwnTablesProviderFactory(String id, String changelog, Class<?>... entities) {
        this.id = id;
        List<Class<?>> entityList = List.of(entities);
        this.provider = new JpaEntityProvider() {
            @Override
            public List<Class<?>> getEntities() {
                return entityList;
            }

            @Override
            public String getChangelogLocation() {
                return changelog;
            }

            @Override
            public String getFactoryId() {
                return id;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return provider;
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
        return id;
    }
}
