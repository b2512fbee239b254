package org.bawaba.federation.loa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.bawaba.federation.chooser.ChooserSettings;
import org.bawaba.federation.chooser.IdentityProviderChooser;
import org.bawaba.federation.service.ServiceName;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.oidc.OIDCIdentityProviderConfig;
import org.keycloak.broker.provider.AuthenticationRequest;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.provider.UserAuthenticationIdentityProvider.AuthenticationCallback;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.LoginProtocol;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * Keycloak's OpenID Connect broker, with levels of assurance carried through it: the level the relying party
 * asked for is forwarded to the provider, the level the provider answers (its ID token's {@code acr}, capped by
 * the provider's {@code bawaba.loa} setting; ranks and names: {@link AssuranceLevels}) is checked before any account is looked up, created or linked, and
 * becomes the front door's own level, so the ID token's {@code acr} ({@link NamedAcrProtocolMapper}) and {@code amr} reflect it.
 * A provider that cannot complete the sign-in (its token endpoint down or failing) sends the person back to the
 * chooser with the reason, instead of Keycloak's dead-end error page.
 */
public class BawabaOidcIdentityProvider extends OIDCIdentityProvider {

    /** User-session note: the provider's amr, a JSON array, mapped to the {@code amr} claim. */
    public static final String AMR_NOTE = "bawaba.amr";

    // Client notes, because the first-broker-login flow resets the auth notes of the authentication session.
    /**
     * Provider setting: send the name of the service the person signs in to ({@value #SERVICE_PARAMETER}), for a
     * provider that shows it to the person (the e-ID app does, against relayed QR codes). Off by default: an outside
     * provider learns nothing of where its users go.
     */
    public static final String SEND_SERVICE_NAME = "bawaba.sendServiceName";
    public static final String SERVICE_PARAMETER = "bawaba_service";
    /** With prompt=create: the ways to create an account the relying party allows, separated by spaces. */
    public static final String ENROLMENT_PATHS_PARAMETER = "bawaba_enrolment";
    static final String CREDITED_LEVEL_NOTE = "bawaba.broker.level";
    static final String PROVIDER_AMR_NOTE = "bawaba.broker.amr";

    static final String EVENT_REASON = "level_of_assurance_not_met";
    /** Message shown on the chooser when the provider could not complete the sign-in. */
    static final String UNAVAILABLE_MESSAGE = "bawabaProviderUnavailable";

    private static final Logger LOG = Logger.getLogger(BawabaOidcIdentityProvider.class);

    /** Set once the provider's token endpoint answered: this instance serves one request. */
    private boolean tokenResponseReceived;

    public BawabaOidcIdentityProvider(KeycloakSession session, OIDCIdentityProviderConfig config) {
        super(session, config);
    }

    @Override
    public Object callback(RealmModel realm, AuthenticationCallback callback, EventBuilder event) {
        return new ProviderEndpoint(callback, realm, event, this);
    }

    @Override
    public BrokeredIdentityContext getFederatedIdentity(String response) {
        tokenResponseReceived = true;
        return super.getFederatedIdentity(response);
    }

    @Override
    protected UriBuilder createAuthorizationUrl(AuthenticationRequest request) {
        UriBuilder uri = super.createAuthorizationUrl(request);
        // Keycloak forwards the RP's raw acr_values (forwardParameters); the provider gets ours instead.
        uri.replaceQueryParam(OAuth2Constants.ACR_VALUES);
        List<String> names = AssuranceLevels.of(request.getAuthenticationSession()).namesToForward();
        if (!names.isEmpty()) {
            uri.queryParam(OAuth2Constants.ACR_VALUES, String.join(" ", names));
        }
        if ("true".equals(request.getAuthenticationSession().getClientNote(IdentityProviderChooser.ENROL_NOTE))) {
            // The person chose "create an account" on the chooser: the provider opens its registration
            // (OpenID Connect "Initiating User Registration", prompt=create).
            uri.replaceQueryParam(OAuth2Constants.PROMPT, "create");
            String paths = request.getAuthenticationSession().getClient()
                    .getAttribute(ChooserSettings.CLIENT_ENROLMENT_PATHS);
            if (paths != null && !paths.isBlank()) {
                uri.queryParam(ENROLMENT_PATHS_PARAMETER, String.join(" ", paths.trim().split("\\s*##\\s*")));
            }
        }
        if (Boolean.parseBoolean(getConfig().getConfig().get(SEND_SERVICE_NAME))) {
            AuthenticationSessionModel authSession = request.getAuthenticationSession();
            uri.queryParam(SERVICE_PARAMETER,
                    ServiceName.of(session, authSession.getRealm(), authSession.getClient()));
        }
        return uri;
    }

    @Override
    public void preprocessFederatedIdentity(KeycloakSession session, RealmModel realm, BrokeredIdentityContext context) {
        super.preprocessFederatedIdentity(session, realm, context);
        AuthenticationSessionModel authSession = context.getAuthenticationSession() != null
                ? context.getAuthenticationSession() : session.getContext().getAuthenticationSession();
        if (authSession == null) {
            return;
        }
        JsonWebToken idToken = (JsonWebToken) context.getContextData().get(VALIDATED_ID_TOKEN);
        String providerAcr = acrOf(idToken);
        AssuranceLevels levels = AssuranceLevels.of(authSession);
        int credited = levels.credited(providerAcr, getConfig().getConfig().get(AssuranceLevels.PROVIDER_CEILING));
        authSession.setClientNote(CREDITED_LEVEL_NOTE, String.valueOf(credited));
        String amr = amrOf(idToken);
        if (amr != null) {
            authSession.setClientNote(PROVIDER_AMR_NOTE, amr);
        } else {
            authSession.removeClientNote(PROVIDER_AMR_NOTE);
        }

        if (!levels.meetsRequest(credited)) {
            refuse(session, realm, authSession, levels, credited, providerAcr);
        }
    }

    private void refuse(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession,
                        AssuranceLevels levels, int credited, String providerAcr) {
        String alias = getConfig().getAlias();
        String wanted = levels.requestedName();
        LOG.debugf("Provider %s answered level %d (acr %s) in realm %s; %d (%s) was requested: refused", alias, credited,
                providerAcr, realm.getName(), levels.requested(), wanted);
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.IDENTITY_PROVIDER_LOGIN)
                .client(authSession.getClient())
                .detail(Details.REDIRECT_URI, authSession.getRedirectUri())
                .detail(Details.IDENTITY_PROVIDER, alias)
                .detail(Details.REASON, EVENT_REASON)
                .detail("requested_acr", wanted)
                .detail("provider_acr", providerAcr == null ? "none" : providerAcr);
        LoginProtocol protocol = session.getProvider(LoginProtocol.class, authSession.getProtocol());
        protocol.setRealm(realm)
                .setHttpHeaders(session.getContext().getRequestHeaders())
                .setUriInfo(session.getContext().getUri())
                .setEventBuilder(event);
        Response toRelyingParty = protocol.sendError(authSession, LoginProtocol.Error.LOA_INVALID,
                "Level of assurance " + wanted + " was requested; identity provider " + alias
                        + " authenticated the person at " + (credited > 0 ? levels.nameOf(credited) : "no recognised level"));
        event.error(Errors.ACCESS_DENIED);
        // The broker's OAuth2 endpoint returns the response of a WebApplicationException as is.
        throw new WebApplicationException(toRelyingParty);
    }

    @Override
    public void authenticationFinished(AuthenticationSessionModel authSession, BrokeredIdentityContext context) {
        super.authenticationFinished(authSession, context);
        String credited = authSession.getClientNote(CREDITED_LEVEL_NOTE);
        if (credited != null) {
            // What the front door's own flow would have recorded had the person authenticated there (keycloak#25335).
            // Every level up to the one earned, as the flow's level conditions would have: on reuse, CookieAuthenticator
            // credits the highest level of an unbroken run from the lowest up whose max age has not passed.
            // A sign-in credited nothing is recorded as such (NO_LOA), so that no level is assumed for it later.
            AcrStore acrStore = new AcrStore(session, authSession);
            int level = Integer.parseInt(credited);
            AssuranceLevels.of(authSession).ranksUpTo(level).forEach(acrStore::setLevelAuthenticated);
            acrStore.setLevelAuthenticatedToCurrentRequest(level);
            String loaMap = authSession.getAuthNote(Constants.LOA_MAP);
            if (loaMap != null) {
                authSession.setUserSessionNote(Constants.LOA_MAP, loaMap);
            }
        }
        String amr = authSession.getClientNote(PROVIDER_AMR_NOTE);
        if (amr != null) {
            authSession.setUserSessionNote(AMR_NOTE, amr);
        }
    }

    private static String acrOf(JsonWebToken token) {
        if (token instanceof IDToken idToken && idToken.getAcr() != null) {
            return idToken.getAcr();
        }
        Object acr = token == null ? null : token.getOtherClaims().get(IDToken.ACR);
        return acr == null ? null : acr.toString();
    }

    private static String amrOf(JsonWebToken token) {
        Object amr = token == null ? null : token.getOtherClaims().get("amr");
        if (amr == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (amr instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else {
            values.add(amr.toString());
        }
        if (values.isEmpty()) {
            return null;
        }
        try {
            return JsonSerialization.writeValueAsString(values);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The broker endpoint the provider redirects back to. When the code could not be exchanged (token endpoint
     * unreachable, timing out or answering an error), Keycloak has already recorded the failure and would show its
     * error page; the person is sent back to the front door's flow instead, where the chooser says what happened and
     * offers the other providers or the way back to the service (which then gets {@code access_denied}).
     */
    protected static class ProviderEndpoint extends OIDCEndpoint {

        private final BawabaOidcIdentityProvider provider;

        public ProviderEndpoint(AuthenticationCallback callback, RealmModel realm, EventBuilder event,
                                BawabaOidcIdentityProvider provider) {
            super(callback, realm, event, provider);
            this.provider = provider;
        }

        @GET
        @Override
        public Response authResponse(@QueryParam(OAuth2Constants.STATE) String state,
                                     @QueryParam(OAuth2Constants.CODE) String authorizationCode,
                                     @QueryParam(OAuth2Constants.ERROR) String error,
                                     @QueryParam(OAuth2Constants.ERROR_DESCRIPTION) String errorDescription) {
            Response response = super.authResponse(state, authorizationCode, error, errorDescription);
            boolean codeNotExchanged = authorizationCode != null && error == null && !provider.tokenResponseReceived;
            if (codeNotExchanged && response.getStatus() >= 500 && session.getContext().getAuthenticationSession() != null) {
                LOG.warnf("Identity provider %s could not complete a sign-in in realm %s: back to the chooser",
                        provider.getConfig().getAlias(), realm.getName());
                return callback.error(provider.getConfig(), UNAVAILABLE_MESSAGE);
            }
            return response;
        }
    }
}
