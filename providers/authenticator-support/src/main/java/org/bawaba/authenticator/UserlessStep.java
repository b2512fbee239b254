package org.bawaba.authenticator;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A page of a flow that runs before any account is known (account creation, recovery): it needs no user, asks
 * nothing of one, and holds nothing to close. A subclass gives {@code authenticate} and {@code action}.
 */
public abstract class UserlessStep implements Authenticator {

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
