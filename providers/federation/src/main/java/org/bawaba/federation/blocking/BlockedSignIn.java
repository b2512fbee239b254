package org.bawaba.federation.blocking;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A sign-in refused because the account blocks the provider it came through: the event, and the page that says so
 * with the way back to the chooser. That way restarts this login (Keycloak's restart of the authentication session),
 * and the chooser then knows whose login it is, so it shows the provider disabled and refuses a hint to it.
 */
public final class BlockedSignIn {

    public static final String TEMPLATE = "bawaba-blocked-provider.ftl";
    /**
     * Client note (kept when the login restarts, unlike auth notes): the account whose sign-in through a blocked
     * provider was refused in this login; the person has just proved at the provider that it is theirs.
     */
    public static final String REFUSED_ACCOUNT_NOTE = "bawaba.blocking.refusedAccount";
    static final String EVENT_ERROR = "identity_provider_blocked";
    static final String EVENT_REASON = "blocked_by_account";

    private BlockedSignIn() {
    }

    /** Records the refusal: provider and reason, the account's id as every Keycloak event has it; nothing personal. */
    public static void record(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession, UserModel user,
                       String alias) {
        authSession.setClientNote(REFUSED_ACCOUNT_NOTE, user.getId());
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.IDENTITY_PROVIDER_LOGIN)
                .client(authSession.getClient())
                .user(user.getId())
                .detail(Details.IDENTITY_PROVIDER, alias)
                .detail(Details.REASON, EVENT_REASON)
                .error(EVENT_ERROR);
    }

    /** The page: the provider, why it was refused, the way back to the chooser; status 403. */
    public static Response page(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession,
                         LoginFormsProvider form, String alias) {
        IdentityProviderModel idp = session.identityProviders().getByAlias(alias);
        String name = idp == null || idp.getDisplayName() == null || idp.getDisplayName().isBlank() ? alias : idp.getDisplayName();
        URI backToChooser = Urls.realmLoginRestartPage(session.getContext().getUri().getBaseUri(), realm.getName(),
                authSession.getClient().getClientId(), authSession.getTabId(),
                AuthenticationProcessor.getClientData(session, authSession), false);
        return form.setAttribute("alias", alias)
                .setAttribute("providerName", name)
                .setAttribute("chooserUrl", backToChooser.toString())
                .setStatus(Response.Status.FORBIDDEN)
                .createForm(TEMPLATE);
    }
}
