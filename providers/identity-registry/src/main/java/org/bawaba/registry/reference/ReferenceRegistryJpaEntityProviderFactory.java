package org.bawaba.registry.reference;

import org.bawaba.authenticator.OwnTablesProviderFactory;

/**
 * Adds the reference registry's table to Keycloak's database: its entity and its Liquibase changelog, applied at start
 * like Keycloak's own. Deployed with the jar whichever registry provider is chosen (the table then stays empty).
 */
public final class ReferenceRegistryJpaEntityProviderFactory extends OwnTablesProviderFactory {

    /** Also names the changelog's own history table (DATABASECHANGELOG_ and the id's first letters). */
    public static final String ID = "bawaba-identity-registry";

    static final String CHANGELOG = "META-INF/bawaba-identity-registry-changelog.xml";

    public ReferenceRegistryJpaEntityProviderFactory() {
        super(ID, CHANGELOG, RegistryPersonEntity.class);
    }
}
