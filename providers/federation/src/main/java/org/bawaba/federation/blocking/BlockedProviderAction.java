package org.bawaba.federation.blocking;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.broker.provider.AbstractIdentityProvider;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Refuses a sign-in through a provider the account blocks, whatever the provider and its settings. Keycloak evaluates
 * the triggers of every enabled required action of the realm on every login, after the provider has been checked
 * and before the session is created; a brokered login has by then told which provider it came through (user-session
 * note {@code identity_provider}). The action is put on this login only (never on the account), and cannot be
 * completed: its page leads back to the chooser.
 */
public class BlockedProviderAction implements RequiredActionProvider {

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String alias = authSession.getUserSessionNotes().get(Details.IDENTITY_PROVIDER);
        UserModel user = context.getUser();
        if (alias == null || user == null || authSession.getRequiredActions().contains(BlockedProviderActionFactory.ID)) {
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (!BlockedProviders.of(session, realm, user).isBlocked(alias)) {
            return;
        }
        undoLinkMadeByThisLogin(session, realm, authSession, user, alias);
        BlockedSignIn.record(session, realm, authSession, user, alias);
        authSession.addRequiredAction(BlockedProviderActionFactory.ID);
    }

    /**
     * A first sign-in that linked an existing account through a first-broker-login flow other than the front door's
     * own (whose linking step refuses before any link): the link Keycloak just recorded goes in the same transaction.
     */
    private static void undoLinkMadeByThisLogin(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession,
                                                UserModel user, String alias) {
        boolean firstSignIn = alias.equals(authSession.getAuthNote(AbstractIdpAuthenticator.FIRST_BROKER_LOGIN_SUCCESS));
        boolean created = Boolean.parseBoolean(authSession.getAuthNote(AbstractIdentityProvider.BROKER_REGISTERED_NEW_USER));
        if (firstSignIn && !created) {
            session.users().removeFederatedIdentity(realm, user, alias);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(page(context));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.challenge(page(context));
    }

    private static jakarta.ws.rs.core.Response page(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        return BlockedSignIn.page(context.getSession(), context.getRealm(), authSession, context.form(),
                authSession.getUserSessionNotes().get(Details.IDENTITY_PROVIDER));
    }

    @Override
    public void close() {
    }
}
