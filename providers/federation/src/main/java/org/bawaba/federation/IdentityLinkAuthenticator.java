package org.bawaba.federation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;

import org.bawaba.federation.blocking.BlockedProviders;
import org.bawaba.federation.blocking.BlockedSignIn;
import org.bawaba.federation.unfinished.UnfinishedFirstSignIn;
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
 * First broker login: an identity from a trusted provider is linked to the existing front-door account of the same
 * person instead of creating a second one. The same person is the one account (itself linked to a trusted provider)
 * holding the same national identifier, or, failing that, holding the same complete pivot identity and no other
 * national identifier. Otherwise "attempted", so the next alternative (account creation) runs. Email addresses play
 * no part.
 */
public class IdentityLinkAuthenticator extends AbstractIdpAuthenticator {

    static final String CONFLICT_MESSAGE = "bawabaIdentityLinkConflict";
    static final String EVENT_DETAIL = "bawaba_link";

    private static final Logger LOG = Logger.getLogger(IdentityLinkAuthenticator.class);

    @Override
    protected void authenticateImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
                                    BrokeredIdentityContext brokerContext) {
        IdentityLinkSettings settings = IdentityLinkSettings.from(context.getAuthenticatorConfig());
        String alias = brokerContext.getIdpConfig().getAlias();
        if (!settings.trusts(alias)) {
            context.attempted();
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        Optional<String> nationalId = NationalIds.normalize(brokerContext.getUserAttribute(settings.attribute()));
        String matchedBy = "national_id";
        List<UserModel> holders = nationalId
                .map(id -> trustedAccounts(session, realm, settings, settings.attribute(), id).limit(2).toList())
                .orElse(List.of());
        if (holders.isEmpty() && settings.matchPivotIdentity()) {
            matchedBy = "pivot_identity";
            holders = samePivotIdentity(session, realm, settings, brokerContext, nationalId);
        }
        if (holders.isEmpty()) {
            context.attempted();
            return;
        }
        if (holders.size() > 1 || session.users().getFederatedIdentity(realm, holders.get(0), alias) != null
                || !holders.get(0).isEnabled()) {
            // Two accounts for one verified identity, or this provider already linked to the account under another
            // subject: an operator must look; creating a third account would hide the problem.
            LOG.warnf("Identity link (%s) refused in realm %s for provider %s: %s", matchedBy, realm.getName(), alias,
                    holders.size() > 1 ? "several accounts match" : "the account cannot take this link");
            context.getEvent().detail(EVENT_DETAIL, "conflict").error(Errors.FEDERATED_IDENTITY_EXISTS);
            Response page = context.form().setError(CONFLICT_MESSAGE).createErrorPage(Response.Status.CONFLICT);
            context.failureChallenge(AuthenticationFlowError.USER_CONFLICT, page);
            return;
        }
        UserModel holder = holders.get(0);
        if (BlockedProviders.of(session, realm, holder).isBlocked(alias)) {
            // The person blocked this provider for their account: no link, and they are told why.
            BlockedSignIn.record(session, realm, context.getAuthenticationSession(), holder, alias);
            context.challenge(BlockedSignIn.page(session, realm, context.getAuthenticationSession(), context.form(), alias));
            return;
        }
        LOG.debugf("Linking provider %s identity to user %s by %s", alias, holder.getId(), matchedBy);
        context.getEvent().detail(EVENT_DETAIL, matchedBy);
        // Undone if the sign-in then fails or is abandoned before reaching the relying party.
        UnfinishedFirstSignIn.markLinked(holder, alias);
        context.setUser(holder);
        context.success();
    }

    private static List<UserModel> samePivotIdentity(KeycloakSession session, RealmModel realm, IdentityLinkSettings settings,
                                                     BrokeredIdentityContext brokerContext, Optional<String> nationalId) {
        Optional<PivotIdentity> asserted = PivotIdentity.of(brokerContext);
        if (asserted.isEmpty()) {
            return List.of();
        }
        return trustedAccounts(session, realm, settings, PivotIdentity.BIRTHDATE, brokerContext.getUserAttribute(PivotIdentity.BIRTHDATE))
                .filter(user -> PivotIdentity.of(user).equals(asserted))
                .filter(user -> {
                    // A different national identifier is a different person, whatever the names say.
                    Optional<String> held = NationalIds.normalize(user.getFirstAttribute(settings.attribute()));
                    return held.isEmpty() || nationalId.isEmpty() || held.equals(nationalId);
                })
                .limit(2)
                .toList();
    }

    /** Accounts with this attribute value that are linked to a trusted provider (two are already one too many). */
    private static Stream<UserModel> trustedAccounts(KeycloakSession session, RealmModel realm, IdentityLinkSettings settings,
                                                     String attribute, String value) {
        return session.users()
                .searchForUserByUserAttributeStream(realm, attribute, value)
                .filter(user -> linkedToTrustedProvider(session, realm, user, settings));
    }

    @Override
    protected void actionImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
                              BrokeredIdentityContext brokerContext) {
        authenticateImpl(context, serializedCtx, brokerContext);
    }

    private static boolean linkedToTrustedProvider(KeycloakSession session, RealmModel realm, UserModel user,
                                                   IdentityLinkSettings settings) {
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
