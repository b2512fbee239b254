package org.bawaba.broker.e2e.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.pages.ConsentPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The consent page (theme bawaba, login-oauth-grant.ftl): after signing in through a provider, the person reads
 * which service asks and what it will receive, one line per client scope in plain words, in French, Arabic (right
 * to left) or English; accepting sends the claims and is remembered, refusing returns access_denied and stores nothing.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ConsentIT {

    /** The client's name is a message key; realm localization texts give it in each language. */
    private static final Map<String, String> OC_NAME = Map.of(
            "fr", "Office des Changes — OC CONNECT",
            "ar", "مكتب الصرف — OC CONNECT",
            "en", "Foreign Exchange Office — OC CONNECT");

    private static final Map<String, String> IDENTITY = Map.of(
            "fr", "Votre identité : nom, prénom, date de naissance, sexe et, s’il existe, nom d’usage",
            "ar", "هويتك: الاسم العائلي والاسم الشخصي وتاريخ الازدياد والجنس، والاسم المستعمل إن وُجد",
            "en", "Your identity: surname, first name, date of birth, sex and, if any, usage name");
    private static final Map<String, String> ARABIC_NAMES_AND_COUNTRY = Map.of(
            "fr", "Vos nom et prénom en arabe, et votre pays de naissance",
            "ar", "اسمك العائلي والشخصي بالعربية، وبلد ازديادك",
            "en", "Your surname and first name in Arabic, and your country of birth");
    private static final Map<String, String> BIRTHPLACE = Map.of(
            "fr", "Votre lieu de naissance",
            "ar", "مكان ازديادك",
            "en", "Your place of birth");
    private static final Map<String, String> EMAIL = Map.of(
            "fr", "Votre adresse électronique",
            "ar", "عنوان بريدك الإلكتروني",
            "en", "Your email address");

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @Test
    void theShippedRelyingPartiesAskForConsent() {
        for (String clientId : List.of(OC_CONNECT, CIMR_DIALCOM, CNOPS_PORTAL)) {
            assertThat(admin.realm(REALM).clients().findByClientId(clientId).get(0).isConsentRequired()).as(clientId).isTrue();
        }
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "ltr", OC_NAME.get("fr") + " demande à accéder à vos informations", "Accepter", "Refuser",
                        "Si vous refusez, vous retournerez sur le service sans qu’aucune information ne lui soit transmise."),
                Arguments.of("ar", "rtl", "تطلب خدمة \u2068" + OC_NAME.get("ar") + "\u2069 الولوج إلى معلوماتك", "الموافقة", "الرفض",
                        "إذا رفضت، فستعود إلى الخدمة دون أن تُرسَل إليها أي معلومة عنك."),
                Arguments.of("en", "ltr", OC_NAME.get("en") + " is asking for your information", "Accept", "Refuse",
                        "If you refuse, you will go back to the service and nothing will be shared with it."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void saysWhichServiceAsksAndWhatItWillReceive(String locale, String direction, String title, String accept,
                                                  String refuse, String refuseNote) {
        RelyingParty oc = oc();

        Browser.Page consent = signInUntilConsent(new Browser(urls.getBase()),
                oc.newAttempt().with("ui_locales", locale), Person.random());

        Document page = consent.document();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(locale);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo(direction);
        assertThat(page.select("#kc-page-title").text()).isEqualTo(title);
        assertThat(page.select("#bawaba-consent-scopes li").eachText()).containsExactly(
                IDENTITY.get(locale), ARABIC_NAMES_AND_COUNTRY.get(locale), BIRTHPLACE.get(locale), EMAIL.get(locale));
        assertThat(page.select("#kc-oauth-form button[type=submit][name=accept]").text()).isEqualTo(accept);
        assertThat(page.select("#kc-oauth-form button[type=submit][name=cancel]").text()).isEqualTo(refuse);
        assertThat(page.select("#bawaba-consent-refuse-note").text()).isEqualTo(refuseNote);
    }

    @Test
    void aServiceWithoutThePlaceOfBirthDoesNotListIt() {
        RelyingParty cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);

        Browser.Page consent = signInUntilConsent(new Browser(urls.getBase()), cnops.newAttempt(), Person.random());

        assertThat(consent.document().select("#kc-page-title").text()).startsWith("CNOPS — Portail des assurés");
        assertThat(consent.document().select("#bawaba-consent-scopes li").eachText())
                .containsExactly(IDENTITY.get("fr"), ARABIC_NAMES_AND_COUNTRY.get("fr"), EMAIL.get("fr"));
    }

    @Test
    void acceptingSendsTheClaimsAndIsNotAskedAgain() {
        Person person = Person.random();
        UserRepresentation holder = Providers.accountHolder(admin, person);
        RelyingParty oc = oc();
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser browser = new Browser(urls.getBase());
        Browser.Page consent = Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms);
        Browser.Page back = ConsentPage.on(browser, consent).accept();

        Map<String, String> response = back.redirectParameters();
        assertThat(back.leftBrokerTo().toString()).startsWith(OC_CONNECT_REDIRECT + "?");
        assertThat(response).containsKey("code").containsEntry("state", attempt.state).doesNotContainKey("error");
        Json tokens = attempt.exchange(response.get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        JWTClaimsSet id = oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        assertThat(id.getClaims())
                .containsEntry("given_name", person.givenName())
                .containsEntry("family_name", person.familyName())
                .containsEntry("birthdate", person.birthdate())
                .containsEntry("gender", person.gender())
                .containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("family_name_ar", person.familyNameAr())
                .containsEntry("birthcountry", person.birthcountry())
                .containsEntry("birthplace", person.birthplace())
                .containsEntry("email", holder.getEmail());
        Json userinfo = oc.userinfo(tokens.string("access_token"));
        assertThat(userinfo.body()).containsEntry("sub", id.getSubject())
                .containsEntry("family_name_ar", person.familyNameAr())
                .containsEntry("birthplace", person.birthplace())
                .containsEntry("email", holder.getEmail());

        List<Map<String, Object>> consents = consentsOf(holder);
        assertThat(consents).hasSize(1);
        assertThat(consents.get(0)).containsEntry("clientId", OC_CONNECT);
        assertThat(grantedScopes(consents.get(0))).contains("profile", "email", "pivot", "pivot-birthplace");

        // Another browser, so no single sign-on: the provider asks again, the front door does not.
        RelyingParty.Attempt again = oc.newAttempt();
        Browser.Page secondTime = Providers.signInWithAccount(new Browser(urls.getBase()), again.authorizationUrl(), holder, sms);
        assertThat(secondTime.leftBroker()).as("no consent page the second time:\n%s", secondTime.body()).isTrue();
        assertThat(secondTime.redirectParameters()).containsKey("code").containsEntry("state", again.state);
    }

    @Test
    void refusingReturnsAccessDeniedAndStoresNoConsent() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = oc().newAttempt();
        Browser browser = new Browser(urls.getBase());
        Browser.Page consent = Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms);

        Browser.Page back = ConsentPage.on(browser, consent).refuse();

        assertThat(back.leftBrokerTo().toString()).startsWith(OC_CONNECT_REDIRECT + "?");
        assertThat(back.redirectParameters()).containsEntry("error", "access_denied")
                .containsEntry("state", attempt.state).doesNotContainKey("code");
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder))
                .as("no consent stored, and no account: this first sign-in created it and failed (UnfinishedSignInIT)")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, ltr", "ar, rtl"})
    void aPersonCanAcceptWithTheKeyboardInFrenchAndArabic(String locale, String direction) throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = oc().newAttempt().with("ui_locales", locale).with("kc_idp_hint", Providers.ACCOUNT);
        try (HeadlessChromium chromium = new HeadlessChromium(locale)) {
            WebDriver driver = chromium.driver();
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
            chromium.open(attempt.authorizationUrl());
            driver.findElement(By.id("username")).sendKeys(holder.getUsername());
            driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            driver.findElement(By.id("kc-login")).click();
            driver.findElement(By.id("code")).sendKeys(sms.lastCode());
            driver.findElement(By.id("bawaba-code-submit")).click();

            WebElement accept = driver.findElement(By.cssSelector("#kc-oauth-form button[name=accept]"));
            WebElement refuse = driver.findElement(By.cssSelector("#kc-oauth-form button[name=cancel]"));
            assertThat(chromium.script("return getComputedStyle(document.body).direction")).isEqualTo(direction);
            boolean acceptOnTheRight = accept.getRect().getX() > refuse.getRect().getX();
            assertThat(acceptOnTheRight).as("Accept comes first in reading order (%s)", locale).isEqualTo("rtl".equals(direction));
            assertThat(Files.size(chromium.screenshot("consent-" + locale))).isGreaterThan(10_000);

            Actions keyboard = new Actions(driver);
            for (int tab = 0; tab < 20 && !"kc-login".equals(chromium.script("return document.activeElement.id")); tab++) {
                keyboard.sendKeys(Keys.TAB).perform();
            }
            assertThat(chromium.script("return document.activeElement.id")).as("Accept is reachable with Tab").isEqualTo("kc-login");
            keyboard.sendKeys(Keys.ENTER).perform();

            assertThat(waitForUrlStartingWith(driver, OC_CONNECT_REDIRECT)).contains("code=").contains("state=" + attempt.state);
        }
    }

    private RelyingParty oc() {
        return new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    private Browser.Page signInUntilConsent(Browser browser, RelyingParty.Attempt attempt, Person person) {
        UserRepresentation holder = Providers.accountHolder(admin, person);
        Browser.Page consent = Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms);
        assertThat(consent.leftBroker()).as("stopped at the consent page").isFalse();
        return ConsentPage.on(browser, consent).page();
    }

    private List<Map<String, Object>> consentsOf(UserRepresentation providerUser) {
        String frontDoorId = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, providerUser).get(0).getId();
        return admin.realm(REALM).users().get(frontDoorId).getConsents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> grantedScopes(Map<String, Object> consent) {
        return (List<String>) consent.get("grantedClientScopes");
    }

    /** Where the browser went after the last action: the RP's callback, which nothing serves here. */
    private static String waitForUrlStartingWith(WebDriver driver, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String url = driver.getCurrentUrl();
        while (!url.startsWith(prefix) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            url = driver.getCurrentUrl();
        }
        return url;
    }
}
