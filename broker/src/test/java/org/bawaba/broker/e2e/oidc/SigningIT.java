package org.bawaba.broker.e2e.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/** Realm keys: RS256 (default) and ES256; signed userinfo for a client that registers for it. */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class SigningIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    private static final String SIGNED_USERINFO_CLIENT = "test-signed-userinfo";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @Test
    @SuppressWarnings("unchecked")
    void jwksPublishesEs256AlongsideRs256() throws Exception {
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        JWKSet keys = JWKSet.load(new URL(oc.endpoint("jwks_uri")));

        assertThat(keys.getKeys()).filteredOn(key -> KeyUse.SIGNATURE.equals(key.getKeyUse()))
                .extracting(key -> key.getAlgorithm().getName()).contains("RS256", "ES256");
        assertThat((List<String>) oc.discovery().get("id_token_signing_alg_values_supported")).contains("RS256", "ES256");
        assertThat((List<String>) oc.discovery().get("userinfo_signing_alg_values_supported")).contains("ES256");
    }

    @Test
    void userinfoIsASignedJwtForAClientThatRegistersForIt() throws Exception {
        registerSignedUserinfoClient();
        RelyingParty rp = new RelyingParty(issuer(urls.getBase()), SIGNED_USERINFO_CLIENT, null, AdminFlows.TEST_REDIRECT);
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = rp.newAttempt();
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser.Page back = Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms);
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        JWTClaimsSet idToken = rp.verifyIdToken(tokens.string("id_token"), attempt.nonce);

        HttpResponse<String> userinfo = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(rp.endpoint("userinfo_endpoint")))
                        .header("Authorization", "Bearer " + tokens.string("access_token")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(userinfo.statusCode()).isEqualTo(200);
        assertThat(userinfo.headers().firstValue("Content-Type").orElse("")).startsWith("application/jwt");
        SignedJWT jwt = SignedJWT.parse(userinfo.body());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        JWK key = JWKSet.load(new URL(rp.endpoint("jwks_uri"))).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the signing key is in the JWKS").isNotNull();
        assertThat(jwt.verify(new ECDSAVerifier((ECKey) key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(rp.endpoint("issuer"));
        assertThat(claims.getAudience()).contains(SIGNED_USERINFO_CLIENT);
        assertThat(claims.getSubject()).isEqualTo(idToken.getSubject());
        assertThat(claims.getStringClaim("email")).isEqualTo(holder.getEmail());
    }

    private void registerSignedUserinfoClient() {
        if (!admin.realm(REALM).clients().findByClientId(SIGNED_USERINFO_CLIENT).isEmpty()) {
            return;
        }
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(SIGNED_USERINFO_CLIENT);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setRedirectUris(List.of(AdminFlows.TEST_REDIRECT));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256",
                "user.info.response.signature.alg", "ES256",
                "id.token.signed.response.alg", "ES256"));
        client.setDefaultClientScopes(List.of("basic", "acr", "amr", "profile", "email"));
        try (Response created = admin.realm(REALM).clients().create(client)) {
            assertThat(created.getStatus()).isIn(201, 409);
        }
    }
}
