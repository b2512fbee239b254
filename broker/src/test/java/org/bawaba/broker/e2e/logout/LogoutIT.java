package org.bawaba.broker.e2e.logout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * RP-initiated logout ends the front-door session and the provider's, then returns to the RP; an RP
 * that registered a back-channel logout URL gets a signed logout token.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class LogoutIT {

    private static final int BACKCHANNEL_PORT = 18091;
    private static final String BACKCHANNEL_PATH = "/backchannel-logout";
    private static final String BACKCHANNEL_CLIENT = "test-backchannel-logout";
    private static final String OC_POST_LOGOUT = "http://localhost:8090/oc/";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();
    private static WireMockServer backchannelRp;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private RelyingParty oc;
    private Browser browser;

    @BeforeAll
    static void startStubs() {
        backchannelRp = new WireMockServer(options().port(BACKCHANNEL_PORT).bindAddress("127.0.0.1"));
        backchannelRp.start();
    }

    @AfterAll
    static void stopStubs() {
        backchannelRp.stop();
    }

    @BeforeEach
    void setUp() {
        backchannelRp.resetAll();
        backchannelRp.stubFor(post(urlPathEqualTo(BACKCHANNEL_PATH)).willReturn(aResponse().withStatus(200)));
        oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        browser = new Browser(urls.getBase());
    }

    @Test
    void logoutWithIdTokenHintEndsBothSessionsAndReturnsToTheRp() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page back = Providers.agreeToShare(browser,
                Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms));
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        String frontDoorUser = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0).getId();
        assertThat(admin.realm(REALM).users().get(frontDoorUser).getUserSessions()).hasSize(1);
        assertThat(admin.realm(Providers.ACCOUNT).users().get(holder.getId()).getUserSessions()).hasSize(1);

        Browser.Page loggedOut = browser.open(oc.endpoint("end_session_endpoint") + "?" + Browser.formEncode(Map.of(
                "id_token_hint", tokens.string("id_token"),
                "post_logout_redirect_uri", OC_POST_LOGOUT,
                "state", "bye-123")));

        assertThat(loggedOut.leftBroker()).as("back to the RP, without a confirmation page:\n%s", loggedOut.body()).isTrue();
        assertThat(loggedOut.leftBrokerTo().toString()).startsWith(OC_POST_LOGOUT);
        assertThat(loggedOut.redirectParameters()).containsEntry("state", "bye-123");
        assertThat(admin.realm(REALM).users().get(frontDoorUser).getUserSessions()).as("front-door session").isEmpty();
        assertThat(admin.realm(Providers.ACCOUNT).users().get(holder.getId()).getUserSessions()).as("provider session").isEmpty();

        Browser.Page again = browser.open(oc.newAttempt().authorizationUrl() + "&kc_idp_hint=account");
        assertThat(again.leftBroker()).as("no single sign-on left anywhere").isFalse();
        assertThat(PasswordSignInPage.on(browser, again).realm()).isEqualTo(Providers.ACCOUNT);
    }

    @Test
    void anRpWithABackchannelLogoutUrlGetsASignedLogoutToken() throws Exception {
        registerBackchannelClient();
        RelyingParty.Attempt ocAttempt = oc.newAttempt();
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser.Page back = Providers.agreeToShare(browser,
                Providers.signInThroughChooser(browser, ocAttempt.authorizationUrl(), holder, sms));
        Json ocTokens = ocAttempt.exchange(back.redirectParameters().get("code"));
        RelyingParty other = new RelyingParty(issuer(urls.getBase()), BACKCHANNEL_CLIENT, null, AdminFlows.TEST_REDIRECT);
        RelyingParty.Attempt otherAttempt = other.newAttempt();
        Browser.Page sso = browser.open(otherAttempt.authorizationUrl());
        assertThat(sso.redirectParameters()).as("single sign-on").containsKey("code");
        JWTClaimsSet otherIdToken = other.verifyIdToken(otherAttempt.exchange(sso.redirectParameters().get("code")).string("id_token"),
                otherAttempt.nonce);

        Browser.Page loggedOut = browser.open(oc.endpoint("end_session_endpoint") + "?" + Browser.formEncode(Map.of(
                "id_token_hint", ocTokens.string("id_token"), "post_logout_redirect_uri", OC_POST_LOGOUT)));
        assertThat(loggedOut.leftBroker()).isTrue();

        List<LoggedRequest> calls = backchannelRp.findAll(postRequestedFor(urlPathEqualTo(BACKCHANNEL_PATH)));
        assertThat(calls).hasSize(1);
        String logoutToken = form(calls.get(0).getBodyAsString()).get("logout_token");
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier((type, context) -> { });
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                java.util.Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                JWKSourceBuilder.create(new URL(oc.endpoint("jwks_uri"))).retrying(false).build()));
        JWTClaimsSet claims = processor.process(logoutToken, null);
        assertThat(claims.getIssuer()).isEqualTo(oc.endpoint("issuer"));
        assertThat(claims.getAudience()).containsExactly(BACKCHANNEL_CLIENT);
        assertThat(claims.getJSONObjectClaim("events")).containsKey("http://schemas.openid.net/event/backchannel-logout");
        assertThat(claims.getStringClaim("sid")).isEqualTo(otherIdToken.getStringClaim("sid"));
        assertThat(claims.getClaims()).doesNotContainKey("nonce");
    }

    private void registerBackchannelClient() {
        if (!admin.realm(REALM).clients().findByClientId(BACKCHANNEL_CLIENT).isEmpty()) {
            return;
        }
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(BACKCHANNEL_CLIENT);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setFrontchannelLogout(false);
        client.setRedirectUris(List.of(AdminFlows.TEST_REDIRECT));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256",
                "backchannel.logout.url", "http://127.0.0.1:" + BACKCHANNEL_PORT + BACKCHANNEL_PATH,
                "backchannel.logout.session.required", "true"));
        try (Response created = admin.realm(REALM).clients().create(client)) {
            assertThat(created.getStatus()).isIn(201, 409);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
