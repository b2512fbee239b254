package org.bawaba.authenticator;

import org.keycloak.Config;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * An authenticator factory with no server-level state: nothing to read at start-up, nothing to close.
 * Its steps are configurable per execution, never set up by the user, and belong to no credential category;
 * a subclass overrides whichever of these differs, and gives its id, texts, requirement choices, settings
 * and authenticator.
 */
public abstract class StatelessAuthenticatorFactory implements AuthenticatorFactory {

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
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
}
