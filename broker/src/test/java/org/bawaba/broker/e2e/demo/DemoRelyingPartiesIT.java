package org.bawaba.broker.e2e.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.net.URI;
import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.demo.DemoRelyingParties;
import org.bawaba.demo.DemoSettings;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The demo relying parties (OC, CIMR, CNOPS) as a person uses them, over real HTTP: the e-service's home
 * page, the "Sign in with Bawaba" button, the broker's chooser and the account provider (password, SMS code),
 * back on the e-service signed in with the claims, acr and amr shown; then sign-out through the broker's
 * end-session endpoint.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class DemoRelyingPartiesIT {

    /** Where the realm's demo clients expect their relying parties. */
    private static final String DEMO_RP = "http://localhost:8090";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private DemoRelyingParties demo;
    private Browser browser;
    private UserRepresentation person;

    @BeforeEach
    void startTheDemoRelyingParties() {
        demo = DemoRelyingParties.start(DemoSettings.of(8090, issuer(urls.getBase())));
        browser = new Browser(urls.getBase(), DEMO_RP);
        person = Providers.accountHolder(admin, Person.random());
    }

    @AfterEach
    void stopTheDemoRelyingParties() {
        demo.close();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "oc,    oc-connect,   confidential",
            "cimr,  cimr-dialcom, public",
            "cnops, cnops-portal, confidential",
    })
    void signsInShowsTheClaimsAcrAndAmrThenSignsOut(String rp, String clientId, String kind) {
        Browser.Page home = browser.open(DEMO_RP + "/" + rp + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.document().select("#bawaba-sign-in button.bawaba-button").text()).isEqualTo("S'identifier avec Bawaba");

        Browser.Page login = browser.submit(home, "#bawaba-sign-in", Map.of());
        assertThat(login.uri().toString()).startsWith(issuer(urls.getBase()));
        assertThat(ChooserPage.isShownOn(login)).as("the broker's chooser").isTrue();

        Browser.Page signedIn = signIn(login);
        assertThat(signedIn.uri()).isEqualTo(URI.create(DEMO_RP + "/" + rp + "/?lang=fr"));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        Document page = signedIn.document();
        assertThat(page.select("h1").text()).isEqualTo("Bonjour " + person.getFirstName());
        assertThat(claim(page, "id-token-claims", "given_name")).isEqualTo(person.getFirstName());
        assertThat(claim(page, "id-token-claims", "aud")).isEqualTo(clientId);
        assertThat(claim(page, "id-token-claims", "iss")).isEqualTo(issuer(urls.getBase()));
        assertThat(claim(page, "userinfo-claims", "email")).isEqualTo(person.getEmail());
        assertThat(claim(page, "userinfo-claims", "birthdate")).isEqualTo(person.getAttributes().get("birthdate").get(0));
        assertThat(page.select("td[data-claim=preferred_username]")).as("no internal username reaches the RP").isEmpty();
        assertThat(page.select("#acr").text()).as("password and SMS code at the account provider")
                .isEqualTo("eidas2").isEqualTo(claim(page, "id-token-claims", "acr"));
        assertThat(page.select("#amr").text()).contains("pwd").contains("sms")
                .isEqualTo(claim(page, "id-token-claims", "amr"));
        assertThat(signedIn.body()).as("the raw ID token is never put on the page").doesNotContain("eyJ");

        Browser.Page signedOut = browser.submit(signedIn, "#sign-out", Map.of());
        assertThat(signedOut.uri()).as("the registered post_logout_redirect_uri, the language coming back as the logout state")
                .isEqualTo(URI.create(DEMO_RP + "/" + rp + "/?state=fr"));
        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.document().selectFirst("#sign-out")).as("the relying party forgot the person").isNull();

        Browser.Page again = browser.submit(signedOut, "#bawaba-sign-in", Map.of());
        assertThat(ChooserPage.isShownOn(again))
                .as("the broker's session is gone: the person chooses a provider again (%s)", kind).isTrue();
    }

    @Test
    void oneBrokerSessionServesEveryServiceUntilSignOut() {
        signIn(browser.submit(browser.open(DEMO_RP + "/oc/"), "#bawaba-sign-in", Map.of()));

        Browser.Page cnopsConsent = browser.submit(browser.open(DEMO_RP + "/cnops/"), "#bawaba-sign-in", Map.of());
        assertThat(cnopsConsent.document().select("#kc-page-title").text()).as("single sign-on: no chooser, password or code, "
                + "only the second service's own consent").startsWith("CNOPS");
        Browser.Page cnops = Providers.agreeToShare(browser, cnopsConsent);

        assertThat(cnops.uri()).as("signed in to the second service").isEqualTo(URI.create(DEMO_RP + "/cnops/?lang=fr"));
        assertThat(claim(cnops.document(), "id-token-claims", "aud")).isEqualTo(CNOPS_PORTAL);
    }

    @Test
    void arabicPagesAreRightToLeftAndTheBrokerSpeaksArabicToo() {
        Browser.Page home = browser.open(DEMO_RP + "/cimr/?lang=ar");
        assertThat(home.document().selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(home.document().select("#bawaba-sign-in button").text()).isEqualTo("تسجيل الدخول عبر «بوابة»");

        Browser.Page login = browser.submit(home, "#bawaba-sign-in", Map.of());
        assertThat(login.document().selectFirst("html").attr("lang")).as("ui_locales=ar").isEqualTo("ar");

        Document signedIn = signIn(login).document();
        assertThat(signedIn.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(signedIn.select("#sign-out button").text()).isEqualTo("تسجيل الخروج");
    }

    @Test
    void theAuthorizationRequestCarriesPkceStateNonceAndTheLanguage() {
        // Only the demo app's origin is followed, so the test sees the request the button sends to the broker.
        Browser toBroker = new Browser(DEMO_RP);
        Browser.Page redirect = toBroker.submit(toBroker.open(DEMO_RP + "/oc/?lang=en"), "#bawaba-sign-in", Map.of());

        assertThat(redirect.leftBrokerTo().toString()).startsWith(issuer(urls.getBase()) + "/protocol/openid-connect/auth?");
        Map<String, String> request = redirect.redirectParameters();
        assertThat(request)
                .containsEntry("client_id", OC_CONNECT)
                .containsEntry("response_type", "code")
                .containsEntry("scope", "openid profile email")
                .containsEntry("redirect_uri", OC_CONNECT_REDIRECT)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("ui_locales", "en");
        assertThat(request.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(request.get("state")).matches("[A-Za-z0-9_-]{32}");
        assertThat(request.get("nonce")).matches("[A-Za-z0-9_-]{32}");
    }

    @Test
    void anErrorFromTheBrokerIsALocalizedPageNotAStackTrace() {
        // Only the demo app's origin is followed, so the test sees the authorization request and can add prompt=none.
        Browser person = new Browser(DEMO_RP);
        URI authorization = person.submit(person.open(DEMO_RP + "/oc/?lang=en"), "#bawaba-sign-in", Map.of()).leftBrokerTo();

        Browser.Page error = person.open(authorization + "&prompt=none");

        assertThat(error.uri().getPath()).isEqualTo("/oc/callback");
        assertThat(error.status()).isEqualTo(400);
        Document page = error.document();
        assertThat(page.select("h1").text()).isEqualTo("Sign-in did not complete");
        assertThat(page.select(".error-message").text()).isEqualTo("You need to sign in to continue.");
        assertThat(page.select(".technical code").text()).startsWith("login_required");
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aCallbackTheAppDidNotStartIsRefusedInThePersonsLanguage() {
        Browser.Page forged = browser.open(DEMO_RP + "/cnops/callback?code=forged&state=forged&lang=ar");

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.document().selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(forged.document().select(".error-message").text()).startsWith("لم يعد تسجيل الدخول هذا معروفًا");
    }

    @Test
    void theButtonKitIsServedForIntegrators() {
        assertThat(browser.open(DEMO_RP + "/button-kit/").document().select(".bawaba-button")).hasSizeGreaterThanOrEqualTo(3);
        for (String file : new String[] {"bawaba-logo.svg", "bawaba-button.css", "button-fr.html", "button-ar.html", "button-en.html"}) {
            assertThat(browser.open(DEMO_RP + "/button-kit/" + file).status()).as(file).isEqualTo(200);
        }
        assertThat(browser.open(DEMO_RP + "/button-kit/..%2Fmessages%2Fmessages_fr.properties").status()).isEqualTo(404);
    }

    @Test
    void cimrPublishesItsSectorIdentifierDocument() {
        Browser.Page sector = browser.open(DEMO_RP + "/cimr/sector_identifier.json");

        assertThat(sector.status()).isEqualTo(200);
        assertThat(sector.body()).isEqualTo("[\"" + CIMR_DIALCOM_REDIRECT + "\",\"" + DEMO_RP + "/cimr/callback\"]");
    }

    private Browser.Page signIn(Browser.Page chooser) {
        return Providers.agreeToShare(browser, Providers.signInFromChooser(browser, chooser, person, sms));
    }

    private static String claim(Document page, String table, String claim) {
        return page.select("#" + table + " td[data-claim=" + claim + "]").text();
    }
}
