package org.bawaba.broker.e2e.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.List;
import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A relying party signs a person in through the front door: authorization code with PKCE S256 through the
 * real HTML pages (the chooser, then the account provider's password form and SMS code), code exchange,
 * ID-token signature checked against the JWKS, userinfo.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class AuthorizationCodeFlowIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private Browser browser;
    private RelyingParty ocConnect;
    private UserRepresentation holder;

    @BeforeEach
    void newBrowserRelyingPartyAndPerson() {
        browser = new Browser(urls.getBase());
        holder = Providers.accountHolder(admin, Person.random());
        ocConnect = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void discoveryAdvertisesS256() {
        assertThat((List<Object>) ocConnect.discovery().get("code_challenge_methods_supported")).contains("S256");
        assertThat(ocConnect.endpoint("issuer")).isEqualTo(issuer(urls.getBase()));
    }

    @Test
    void confidentialClientSignsInThroughTheChooser() {
        RelyingParty.Attempt attempt = ocConnect.newAttempt();

        Browser.Page back = signIn(attempt);

        Map<String, String> response = back.redirectParameters();
        assertThat(back.leftBrokerTo().toString()).startsWith(OC_CONNECT_REDIRECT + "?");
        assertThat(response).containsEntry("state", attempt.state).containsEntry("iss", ocConnect.endpoint("issuer"));
        assertThat(response).containsKey("code").doesNotContainKey("error");

        Json tokens = attempt.exchange(response.get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        assertThat(tokens.string("token_type")).isEqualToIgnoringCase("Bearer");

        JWTClaimsSet idToken = ocConnect.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        assertThat(idToken.getAudience()).containsExactly(OC_CONNECT);

        Json userinfo = ocConnect.userinfo(tokens.string("access_token"));
        assertThat(userinfo.status()).isEqualTo(200);
        assertThat(userinfo.string("sub")).isEqualTo(idToken.getSubject());
        assertThat(userinfo.body()).as("the front door's username is internal").doesNotContainKey("preferred_username");
        assertThat(userinfo.string("email")).isEqualTo(holder.getEmail());
        assertThat(userinfo.string("given_name")).isEqualTo(holder.getFirstName());
    }

    @Test
    void publicMobileClientSignsInWithPkceAndNoSecret() {
        RelyingParty cimr = new RelyingParty(issuer(urls.getBase()), CIMR_DIALCOM, null, CIMR_DIALCOM_REDIRECT);
        RelyingParty.Attempt attempt = cimr.newAttempt();

        Browser.Page back = signIn(attempt);
        assertThat(back.leftBrokerTo().getScheme()).isEqualTo("ma.cimr.dialcom");

        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        assertThat(cimr.verifyIdToken(tokens.string("id_token"), attempt.nonce).getAudience()).containsExactly(CIMR_DIALCOM);
    }

    @Test
    void unregisteredRedirectUriIsRefusedOnTheBrokerPage() {
        RelyingParty.Attempt attempt = ocConnect.newAttempt().with("redirect_uri", "https://attacker.example/oc/callback");

        Browser.Page page = browser.open(attempt.authorizationUrl());

        assertThat(page.leftBroker()).as("never redirect to an unregistered URI").isFalse();
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("redirect_uri");
    }

    @Test
    void authorizationRequestWithoutPkceIsRefused() {
        RelyingParty.Attempt attempt = ocConnect.newAttempt()
                .with("code_challenge", null)
                .with("code_challenge_method", null);

        Browser.Page back = browser.open(attempt.authorizationUrl());

        assertThat(back.redirectParameters()).containsEntry("error", "invalid_request").containsEntry("state", attempt.state);
    }

    @Test
    void codeExchangeWithoutTheVerifierIsRefused() {
        RelyingParty.Attempt attempt = ocConnect.newAttempt();
        String code = signIn(attempt).redirectParameters().get("code");

        Json refused = ocConnect.tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", OC_CONNECT_REDIRECT));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.string("error")).isEqualTo("invalid_grant");
        assertThat(refused.body()).doesNotContainKey("access_token");
    }

    @Test
    void codeExchangeWithAnotherVerifierIsRefused() {
        RelyingParty.Attempt attempt = ocConnect.newAttempt();
        String code = signIn(attempt).redirectParameters().get("code");

        Json refused = ocConnect.newAttempt().exchange(code);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.string("error")).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeIsGoodForOneExchangeOnly() {
        RelyingParty.Attempt attempt = ocConnect.newAttempt();
        String code = signIn(attempt).redirectParameters().get("code");

        Json first = attempt.exchange(code);
        Json replay = attempt.exchange(code);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.string("error")).isEqualTo("invalid_grant");
        assertThat(replay.body()).doesNotContainKey("access_token");
    }

    @Test
    void implicitFlowAndPasswordGrantAreNotOffered() {
        RelyingParty.Attempt implicit = ocConnect.newAttempt().with("response_type", "id_token token");
        Browser.Page back = browser.open(implicit.authorizationUrl());
        assertThat(back.redirectParameters()).containsKey("error");
        assertThat(back.leftBrokerTo().toString()).doesNotContain("access_token");

        Json password = ocConnect.tokenRequest(Map.of(
                "grant_type", "password", "username", holder.getUsername(), "password", TestUsers.PASSWORD, "scope", "openid"));
        assertThat(password.status()).isIn(400, 401);
        assertThat(password.string("error")).isEqualTo("unauthorized_client");
    }

    @Test
    void theFrontDoorHoldsNoPasswordsOfItsOwn() {
        Browser.Page chooser = browser.open(ocConnect.newAttempt().authorizationUrl());

        assertThat(chooser.status()).isEqualTo(200);
        assertThat(ChooserPage.on(browser, chooser).providers()).contains(Providers.ACCOUNT, Providers.EID);
        assertThat(chooser.document().select("input[type=password]")).as("no password field at the front door").isEmpty();
        assertThat(admin.realm(REALM).users().searchByUsername("demo", true)).as("no shipped front-door account").isEmpty();
        assertThat(admin.realm(REALM).toRepresentation().getPasswordPolicy()).as("no password policy: no passwords").isNull();
        for (String credentialSetUp : new String[] {"UPDATE_PASSWORD", "CONFIGURE_TOTP", "webauthn-register",
                "webauthn-register-passwordless"}) {
            assertThat(admin.realm(REALM).flows().getRequiredAction(credentialSetUp).isEnabled())
                    .as("the account console cannot set up %s at the front door", credentialSetUp).isFalse();
        }
    }

    private Browser.Page signIn(RelyingParty.Attempt attempt) {
        return Providers.agreeToShare(browser, Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms));
    }
}
