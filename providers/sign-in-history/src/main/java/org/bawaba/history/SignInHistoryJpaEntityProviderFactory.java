package org.bawaba.history;

import org.bawaba.authenticator.OwnTablesProviderFactory;

/** Adds the sign-in history's table ({@link SignInEntity}) to Keycloak's database, with its Liquibase changelog. */
public final class SignInHistoryJpaEntityProviderFactory extends OwnTablesProviderFactory {

    public static final String ID = "bawaba-sign-in-history";

    static final String CHANGELOG = "META-INF/bawaba-sign-in-history-changelog.xml";

    public SignInHistoryJpaEntityProviderFactory() {
        super(ID, CHANGELOG, SignInEntity.class);
    }
}
