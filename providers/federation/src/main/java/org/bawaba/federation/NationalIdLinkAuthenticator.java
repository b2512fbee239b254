package org.bawaba.federation;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * First broker login: when an identity from a trusted provider carries a national identifier that an
 * existing front-door account already holds (that account being linked to a trusted provider too), the
 * new identity is linked to that account instead of creating a second one. Otherwise "attempted", so
 * the next alternative (account creation) runs. Email addresses play no part.
 */
public class NationalIdLinkAuthenticator extends AbstractIdpAuthenticator {

    static final String CONFLICT_MESSAGE = "bawabaNationalIdConflict";
    static final String EVENT_DETAIL = "bawaba_link";

    private static final Logger LOG = Logger.getLogger(NationalIdLinkAuthenticator.class);

    @Override
    protected void authenticateImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
                                    BrokeredIdentityContext brokerContext) {
        NationalIdLinkSettings settings = NationalIdLinkSettings.from(context.getAuthenticatorConfig());
        String alias = brokerContext.getIdpConfig().getAlias();
        if (!settings.trusts(alias)) {
            context.attempted();
            return;
        }
        Optional<String> nationalId = NationalIds.normalize(brokerContext.getUserAttribute(settings.attribute()));
        if (nationalId.isEmpty()) {
            context.attempted();
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        List<UserModel> holders = session.users()
                .searchForUserByUserAttributeStream(realm, settings.attribute(), nationalId.get())
                .filter(user -> linkedToTrustedProvider(session, realm, user, settings))
                .limit(2)
                .toList();
        if (holders.isEmpty()) {
            context.attempted();
            return;
        }
        if (holders.size() > 1 || session.users().getFederatedIdentity(realm, holders.get(0), alias) != null
                || !holders.get(0).isEnabled()) {
            // Two accounts for one verified identifier, or this provider already linked to the account under
            // another subject: an operator must look; creating a third account would hide the problem.
            LOG.warnf("National identifier link refused in realm %s for provider %s: %s", realm.getName(), alias,
                    holders.size() > 1 ? "several accounts hold it" : "the account cannot take this link");
            context.getEvent().detail(EVENT_DETAIL, "conflict").error(Errors.FEDERATED_IDENTITY_EXISTS);
            Response page = context.form().setError(CONFLICT_MESSAGE).createErrorPage(Response.Status.CONFLICT);
            context.failureChallenge(AuthenticationFlowError.USER_CONFLICT, page);
            return;
        }
        UserModel holder = holders.get(0);
        LOG.debugf("Linking provider %s identity to user %s by national identifier", alias, holder.getId());
        context.getEvent().detail(EVENT_DETAIL, "national_id");
        context.setUser(holder);
        context.success();
    }

    @Override
    protected void actionImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
                              BrokeredIdentityContext brokerContext) {
        authenticateImpl(context, serializedCtx, brokerContext);
    }

    private static boolean linkedToTrustedProvider(KeycloakSession session, RealmModel realm, UserModel user,
                                                   NationalIdLinkSettings settings) {
        return session.users().getFederatedIdentitiesStream(realm, user)
                .anyMatch(link -> settings.trusts(link.getIdentityProvider()));
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return false;
    }
}
