package org.bawaba.broker.e2e.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The account identity provider behind the front door: an RP sends the person with kc_idp_hint=account,
 * the provider realm asks for the password then a code by SMS, and the RP gets the pivot identity.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class AccountProviderIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private Browser browser;

    @BeforeEach
    void setUp() {
        browser = new Browser(urls.getBase());
    }

    @Test
    void providersAreBrokeredOverOidcWithPkceAndSignatureChecks() {
        for (String alias : List.of(Providers.ACCOUNT, Providers.EID)) {
            IdentityProviderRepresentation idp = admin.realm(REALM).identityProviders().get(alias).toRepresentation();
            Map<String, String> config = idp.getConfig();
            assertThat(idp.getProviderId()).as("OpenID Connect with levels of assurance").isEqualTo("bawaba-oidc");
            assertThat(config).containsEntry("pkceEnabled", "true").containsEntry("pkceMethod", "S256")
                    .containsEntry("validateSignature", "true").containsEntry("useJwksUrl", "true")
                    .containsEntry("syncMode", "FORCE").containsEntry("clientAuthMethod", "client_secret_basic")
                    .containsEntry("issuer", urls.getBase() + "/realms/" + alias)
                    .containsEntry("jwksUrl", urls.getBase() + "/realms/" + alias + "/protocol/openid-connect/certs");
            assertThat(idp.getFirstBrokerLoginFlowAlias()).isEqualTo("bawaba-first-broker-login");
        }
        RealmRepresentation account = admin.realm(Providers.ACCOUNT).toRepresentation();
        assertThat(account.getLoginTheme()).isEqualTo("bawaba");
        assertThat(account.getSupportedLocales()).containsExactlyInAnyOrder("fr", "ar", "en");
        assertThat(account.isBruteForceProtected()).isTrue();
        assertThat(admin.realm(Providers.ACCOUNT).clients().findByClientId("bawaba-front-door").get(0).getAttributes())
                .containsEntry("pkce.code.challenge.method", "S256");
    }

    @Test
    void passwordThenSmsCodeAtTheProviderGivesTheRpThePivotIdentity() {
        Person person = Person.random();
        UserRepresentation holder = Providers.accountHolder(admin, person);
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty.Attempt attempt = oc.newAttempt();

        Browser.Page back = Providers.agreeToShare(browser,
                Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms));

        assertThat(back.leftBrokerTo().toString()).startsWith(OC_CONNECT_REDIRECT + "?");
        assertThat(sms.lastMessage()).containsEntry("to", holder.getAttributes().get("phone_number").get(0));
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        JWTClaimsSet id = oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        Map<String, Object> claims = id.getClaims();
        assertThat(claims)
                .containsEntry("given_name", person.givenName())
                .containsEntry("family_name", person.familyName())
                .containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("family_name_ar", person.familyNameAr())
                .containsEntry("birthdate", person.birthdate())
                .containsEntry("gender", person.gender())
                .containsEntry("birthplace", person.birthplace())
                .containsEntry("birthcountry", person.birthcountry())
                .containsEntry("email", holder.getEmail())
                .doesNotContainKey("national_id")
                .as("no username: the front door's is internal and the same for every RP, and the provider gives no usage name")
                .doesNotContainKeys("preferred_username", "name", "locale", "updated_at");

        Json userinfo = oc.userinfo(tokens.string("access_token"));
        assertThat(userinfo.status()).isEqualTo(200);
        assertThat(userinfo.body()).containsEntry("sub", id.getSubject()).containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("birthplace", person.birthplace());

        UserRepresentation frontDoor = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0);
        assertThat(frontDoor.getAttributes()).containsEntry("national_id", List.of(person.nationalId()));
        assertThat(frontDoor.isEmailVerified()).as("the account provider verifies addresses").isTrue();
        List<FederatedIdentityRepresentation> links = admin.realm(REALM).users().get(frontDoor.getId()).getFederatedIdentity();
        assertThat(links).extracting(FederatedIdentityRepresentation::getIdentityProvider).containsExactly(Providers.ACCOUNT);
    }

    @Test
    void withoutAMobileNumberTheCodeComesByEmail() throws Exception {
        UserRepresentation holder = Providers.accountHolderWithEmailOnly(admin, Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty.Attempt attempt = oc.newAttempt();
        int before = mail.getReceivedMessages().length;

        CodePage codePage = PasswordSignInPage.open(browser, attempt.authorizationUrl() + "&kc_idp_hint=account")
                .signInToCode(holder);
        assertThat(mail.waitForIncomingEmail(before + 1)).isTrue();
        MimeMessage message = mail.getLastReceivedMessage();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(holder.getEmail());
        Object content = message.getContent();
        String text = content instanceof String plain ? plain : String.valueOf(((Multipart) content).getBodyPart(0).getContent());
        Matcher code = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(text);
        assertThat(code.find()).isTrue();

        Browser.Page back = Providers.agreeToShare(browser, codePage.enter(code.group(1)));

        assertThat(back.redirectParameters()).containsKey("code");
        assertThat(sms.requests()).isEmpty();
    }

    @Test
    void eachRpGetsOnlyTheClaimsItsClientAllows() throws Exception {
        Person person = Person.random();
        UserRepresentation holder = Providers.accountHolder(admin, person);
        RelyingParty cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);
        RelyingParty.Attempt attempt = cnops.newAttempt();

        Browser.Page back = Providers.agreeToShare(browser,
                Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms));
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));

        assertThat(SignedJWT.parse(tokens.string("id_token")).getHeader().getAlgorithm())
                .as("CNOPS registered for ES256 ID tokens").isEqualTo(JWSAlgorithm.ES256);
        JWTClaimsSet id = cnops.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        assertThat(id.getClaims()).containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("birthcountry", person.birthcountry())
                .doesNotContainKeys("birthplace", "national_id");
    }

    @Test
    void aUsageNameGoesOutAsPreferredUsernameWhenThereIsOne() throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        Browser first = new Browser(urls.getBase());
        Providers.agreeToShare(first, Providers.signInWithAccount(first, oc.newAttempt().authorizationUrl(), holder, sms));
        UserRepresentation account = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0);
        account.getAttributes().put("usage_name", List.of("Bennani-Alaoui"));
        admin.realm(REALM).users().get(account.getId()).update(account);

        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page back = Providers.signInWithAccount(new Browser(urls.getBase()), attempt.authorizationUrl(), holder, sms);
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));

        assertThat(oc.verifyIdToken(tokens.string("id_token"), attempt.nonce).getStringClaim("preferred_username"))
                .as("FranceConnect's meaning: the name the person uses, set by a provider or an administrator")
                .isEqualTo("Bennani-Alaoui");
    }

    @Test
    void wrongPasswordAtTheProviderStaysThereWithAMessage() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);

        Browser.Page again = PasswordSignInPage.open(browser, oc.newAttempt().authorizationUrl() + "&kc_idp_hint=account")
                .signIn(holder.getUsername(), "not-" + TestUsers.PASSWORD);

        assertThat(again.leftBroker()).isFalse();
        assertThat(PasswordSignInPage.on(browser, again).realm()).as("still at the provider's form").isEqualTo(Providers.ACCOUNT);
        assertThat(again.document().select("#input-error, .kc-feedback-text, .pf-m-error").text())
                .contains("Identifiant ou mot de passe incorrect");
        assertThat(sms.requests()).as("no code before the password").isEmpty();
    }

    /**
     * The e-ID realm ships nobody: the demo person's account there is made by her card (the holder simulator's demo
     * holder, as {@code ./bawaba phone} presents it), and it must be the same person as the account realm's, so that
     * the front door links the two.
     */
    @Test
    void theShippedDemoPersonIsTheDemoCardsHolderWithTheSamePivotIdentity() {
        UserRepresentation amina = admin.realm(Providers.ACCOUNT).users().searchByUsername("amina", true).get(0);
        assertThat(amina.getAttributes()).containsEntry("national_id", List.of("AB123456"))
                .containsEntry("given_name_ar", List.of("أمينة"))
                .containsEntry("birthcountry", List.of("MA"));
        ChipHolder card = ChipHolder.demoHolder();
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);

        Browser.Page back = Providers.agreeToShareIfAsked(browser, card.signIn(browser, oc.newAttempt().authorizationUrl()));

        assertThat(back.redirectParameters()).containsKey("code");
        UserRepresentation eidAmina = card.eidAccount(admin);
        for (String attribute : List.of("national_id", "given_name_ar", "family_name_ar", "birthdate", "gender",
                "birthcountry")) {
            assertThat(eidAmina.getAttributes()).as(attribute).containsEntry(attribute, amina.getAttributes().get(attribute));
        }
        assertThat(eidAmina.getFirstName()).as("as the card prints it").isEqualToIgnoringCase(amina.getFirstName());
        assertThat(eidAmina.getLastName()).isEqualToIgnoringCase(amina.getLastName());
        assertThat(eidAmina.getAttributes().get("birthplace").get(0))
                .isEqualToIgnoringCase(amina.getAttributes().get("birthplace").get(0));
    }
}
