package org.bawaba.broker.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.nimbusds.jwt.JWTClaimsSet;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;

/** Confidential relying parties made by one test class in the front door, and what they receive. */
public final class TestRelyingParties {

    private TestRelyingParties() {
    }

    /**
     * Creates, once, a confidential client with PKCE S256, no consent, the scopes {@code acr} and {@code amr} among its
     * defaults, and {@code attributes}; returns a {@link RelyingParty} for it.
     */
    public static RelyingParty confidential(Keycloak admin, String brokerBaseUrl, String clientId, String secret,
                                            String redirectUri, Map<String, String> attributes) {
        if (admin.realm(DemoRealm.REALM).clients().findByClientId(clientId).isEmpty()) {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setProtocol("openid-connect");
            client.setPublicClient(false);
            client.setSecret(secret);
            client.setStandardFlowEnabled(true);
            client.setDirectAccessGrantsEnabled(false);
            client.setRedirectUris(List.of(redirectUri));
            Map<String, String> all = new HashMap<>(attributes);
            all.put("pkce.code.challenge.method", "S256");
            client.setAttributes(all);
            client.setDefaultClientScopes(List.of("basic", "acr", "amr", "profile", "email"));
            try (Response created = admin.realm(DemoRealm.REALM).clients().create(client)) {
                assertThat(created.getStatus()).as(created.readEntity(String.class)).isEqualTo(201);
            }
        }
        return new RelyingParty(DemoRealm.issuer(brokerBaseUrl), clientId, secret, redirectUri);
    }

    /** The verified ID token of a sign-in that came back to {@code rp} with a code. */
    public static JWTClaimsSet idToken(RelyingParty rp, RelyingParty.Attempt attempt, Browser.Page back) {
        assertThat(back.leftBrokerTo().toString()).startsWith(rp.redirectUri() + "?");
        assertThat(back.redirectParameters()).as("authorization response").containsKey("code");
        RelyingParty.Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        return rp.verifyIdToken(tokens.string("id_token"), attempt.nonce);
    }
}
