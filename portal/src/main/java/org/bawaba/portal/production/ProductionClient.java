package org.bawaba.portal.production;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.portal.application.Application;
import org.bawaba.portal.catalogue.ClaimScope;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * The front-door client of an approved application, as the operator approved it: a confidential client with PKCE
 * S256, consent, exact addresses, a pairwise subject, the sign-in scopes plus exactly the approved claim scopes and
 * no optional scope, the identity-provider allow-list, the level of assurance as default and minimum, and
 * back-channel logout.
 */
public final class ProductionClient {

    public static final String CLIENT_ID_PREFIX = "rp-";
    static final String PAIRWISE_MAPPER = "oidc-sha256-pairwise-sub-mapper";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProductionClient() {
    }

    public static String clientId(Application application) {
        return CLIENT_ID_PREFIX + application.id;
    }

    /** The client's settings, without its protocol mappers (see {@link #pairwiseSubject()}). */
    public static ClientRepresentation settings(Application application) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId(application));
        client.setName(application.serviceNameFr);
        client.setDescription(application.descriptionFr);
        client.setProtocol("openid-connect");
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(true);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setConsentRequired(true);
        client.setFullScopeAllowed(false);
        client.setFrontchannelLogout(false);
        client.setRedirectUris(List.copyOf(application.redirectUris));
        client.setWebOrigins(List.of());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put("post.logout.redirect.uris", String.join("##", application.postLogoutRedirectUris));
        if (application.backchannelLogoutUrl != null) {
            attributes.put("backchannel.logout.url", application.backchannelLogoutUrl);
            attributes.put("backchannel.logout.session.required", "true");
            attributes.put("backchannel.logout.revoke.offline.tokens", "true");
        }
        attributes.put("bawaba.identityProviders", String.join("##", application.identityProviders.stream().sorted().toList()));
        attributes.put("default.acr.values", application.levelOfAssurance);
        attributes.put("minimum.acr.value", application.levelOfAssurance);
        attributes.put("use.refresh.tokens", "true");
        attributes.put("bawaba.portal.application", application.id.toString());
        client.setAttributes(attributes);
        client.setDefaultClientScopes(defaultScopes(application));
        client.setOptionalClientScopes(List.of());
        return client;
    }

    /** The sign-in scopes and the approved claim scopes, in catalogue order. */
    public static List<String> defaultScopes(Application application) {
        List<String> scopes = new ArrayList<>(ClaimScope.SIGN_IN_SCOPES);
        for (ClaimScope scope : ClaimScope.values()) {
            if (application.claimScopes.containsKey(scope.scope())) {
                scopes.add(scope.scope());
            }
        }
        return scopes;
    }

    /**
     * A pairwise subject with a salt of its own: each relying party sees a different, stable {@code sub} for the
     * same person. Set once, when the client is created; changing the salt would change every person's subject.
     */
    public static ProtocolMapperRepresentation pairwiseSubject() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("pairwise subject");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(PAIRWISE_MAPPER);
        mapper.setConfig(new LinkedHashMap<>(Map.of("pairwiseSubAlgorithmSalt",
                Base64.getUrlEncoder().withoutPadding().encodeToString(salt))));
        return mapper;
    }
}
