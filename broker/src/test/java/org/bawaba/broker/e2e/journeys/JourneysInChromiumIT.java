package org.bawaba.broker.e2e.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.time.Duration;
import java.util.List;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.registry.RegistryPeople;
import org.bawaba.demo.DemoRelyingParties;
import org.bawaba.demo.DemoSettings;
import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.app.Selfie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journeys as a person walks them in a real browser, from a demo e-service and back: every page keeps the
 * language the person chose at the service, in its direction, across the front door and the provider realm, and
 * the accounts keep that language; axe-core finds no serious or critical WCAG 2.1 A/AA violation on any page, in
 * French, Arabic and English; and the whole sign-in can be done with the keyboard alone.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class JourneysInChromiumIT {

    private static final String DEMO_RP = "http://localhost:8090";

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

    private DemoRelyingParties demo;

    @BeforeEach
    void startTheDemoRelyingParties() {
        demo = DemoRelyingParties.start(DemoSettings.of(8090, issuer(urls.getBase())));
    }

    @AfterEach
    void stopTheDemoRelyingParties() {
        demo.close();
    }

    /**
     * The account holder's stored language and the browser's Accept-Language are both another language than the
     * one chosen at the service, so only the choice itself can keep the journey in that language.
     */
    @ParameterizedTest(name = "chosen {0}, account and browser in {1}")
    @CsvSource({"ar, fr", "en, ar", "fr, en"})
    void aSignInStaysInTheLanguageChosenAtTheServiceWhichTheAccountsThenKeep(String language, String otherLanguage) {
        UserRepresentation person = accountHolderSpeaking(otherLanguage);
        try (HeadlessChromium chromium = new HeadlessChromium(otherLanguage)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "sign-in", language);
            chromium.open(DEMO_RP + "/oc/?lang=" + language);
            journey.arriveAt("service", "#bawaba-sign-in");
            journey.click("#bawaba-sign-in button");

            journey.arriveAt("chooser", "#bawaba-chooser-form");
            journey.click("#bawaba-tile-account .bawaba-tile__help");
            journey.auditInPlace("chooser-dialog");
            journey.keys(Keys.ESCAPE);
            journey.click("#bawaba-choose-account");

            journey.arriveAt("password", "#kc-form-login");
            journey.type("#username", person.getUsername());
            journey.type("#password", "not-" + TestUsers.PASSWORD);
            journey.click("#kc-login");
            journey.arriveAt("password-refused", "#input-error, .pf-m-error, #kc-form-login [aria-invalid=true]");
            journey.type("#username", person.getUsername());
            journey.type("#password", TestUsers.PASSWORD);
            journey.click("#kc-login");

            journey.arriveAt("code", "#bawaba-code-form");
            journey.type("#code", anotherCodeThan(sms.lastCode()));
            journey.click("#bawaba-code-submit");
            journey.arriveAt("code-refused", ".pf-v5-c-alert.pf-m-danger");
            journey.type("#code", sms.lastCode());
            journey.click("#bawaba-code-submit");

            journey.arriveAt("consent", "#kc-oauth-form");
            journey.click("#kc-login");

            journey.arriveAt("signed-in", "#sign-out");
            journey.click("#sign-out button");
            journey.arriveAt("signed-out", "#bawaba-sign-in");
        }
        assertThat(storedLanguage(admin.realm(Providers.ACCOUNT).users().get(person.getId())))
                .as("the provider account keeps the language chosen").containsExactly(language);
        UserRepresentation frontDoor = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, person).get(0);
        assertThat(storedLanguage(admin.realm(REALM).users().get(frontDoor.getId())))
                .as("the front-door account keeps the language chosen").containsExactly(language);
    }

    @ParameterizedTest(name = "{0} then switched to {1}")
    @CsvSource({"ar, en", "fr, ar"})
    void aLanguageSwitchedAtTheProviderHoldsBackAtTheFrontDoor(String chosenAtTheService, String switchedTo) {
        UserRepresentation person = accountHolderSpeaking(chosenAtTheService);
        String provider = urls.getBase() + "/realms/" + Providers.ACCOUNT + "/";
        try (HeadlessChromium chromium = new HeadlessChromium(chosenAtTheService)) {
            chromium.open(new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT)
                    .newAttempt().with("ui_locales", chosenAtTheService).with("kc_idp_hint", Providers.ACCOUNT)
                    .authorizationUrl());
            new JourneyInChromium(chromium, "switch", chosenAtTheService).arriveAt("password", "#kc-form-login");
            assertThat(chromium.driver().getCurrentUrl()).startsWith(provider);
            chromium.open((String) chromium.script(
                    "return new URL(document.querySelector('#login-select-toggle option[value*=\"kc_locale=" + switchedTo + "\"]').value,"
                            + " location.href).href"));

            JourneyInChromium switched = new JourneyInChromium(chromium, "switch", switchedTo);
            switched.arriveAt("password-switched", "#kc-form-login");
            switched.type("#username", person.getUsername());
            switched.type("#password", TestUsers.PASSWORD);
            switched.click("#kc-login");
            switched.arriveAt("code", "#bawaba-code-form");
            switched.type("#code", sms.lastCode());
            switched.click("#bawaba-code-submit");
            switched.arriveAt("consent", "#kc-oauth-form");
            assertThat(chromium.driver().getCurrentUrl()).as("back at the front door").startsWith(issuer(urls.getBase()));
        }
        assertThat(storedLanguage(admin.realm(Providers.ACCOUNT).users().get(person.getId()))).containsExactly(switchedTo);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar"})
    void aPersonSignsInWithTheKeyboardAlone(String language) {
        UserRepresentation person = accountHolderSpeaking(language);
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "keyboard", language);
            chromium.open(DEMO_RP + "/cnops/?lang=" + language);
            journey.arriveAt("service", "#bawaba-sign-in");
            journey.tabTo("#bawaba-sign-in button", 30);
            journey.keys(Keys.ENTER);

            journey.arriveAt("chooser", "#bawaba-chooser-form");
            journey.tabTo("#bawaba-tile-account .bawaba-tile__help", 30);
            journey.keys(Keys.ENTER);
            journey.auditInPlace("chooser-dialog");
            assertThat(journey.focusedClass()).as("the dialog's close button has the focus").contains("bawaba-dialog__close");
            journey.keys(Keys.ESCAPE);
            journey.tabTo("#bawaba-choose-account", 30);
            journey.keys(Keys.ENTER);

            journey.arriveAt("password", "#kc-form-login");
            journey.tabTo("#username", 30);
            journey.keys(person.getUsername());
            journey.tabTo("#password", 5);
            journey.keys(TestUsers.PASSWORD, Keys.ENTER);

            journey.arriveAt("code", "#bawaba-code-form");
            journey.tabTo("#code", 30);
            journey.keys(sms.lastCode(), Keys.ENTER);

            journey.arriveAt("consent", "#kc-oauth-form");
            journey.tabTo("#kc-login", 40);
            journey.keys(Keys.ENTER);

            journey.arriveAt("signed-in", "#sign-out");
            assertThat(chromium.driver().getCurrentUrl()).startsWith(DEMO_RP + "/cnops/");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void theOtherPagesOfTheJourneysAreAccessibleToo(String language) throws Exception {
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        UserRepresentation byEmail = Providers.accountHolderWithEmailOnly(admin, Person.random());
        int mailsBefore = mail.getReceivedMessages().length;
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "pages", language);
            chromium.open(oc.newAttempt().with("ui_locales", language).with("kc_idp_hint", Providers.ACCOUNT).authorizationUrl());
            journey.arriveAt("password", "#kc-form-login");
            journey.type("#username", byEmail.getUsername());
            journey.type("#password", TestUsers.PASSWORD);
            journey.click("#kc-login");
            journey.arriveAt("email-code", "#bawaba-code-form");
            assertThat(mail.waitForIncomingEmail(mailsBefore + 1)).as("the code was emailed").isTrue();
        }
    }

    /**
     * The e-ID provider's chip page (QR code, confirmation code, "open the app") in the language chosen at the
     * service; once the phone has read the chip, the page's own script (it asks every 2 s how the phone is doing)
     * goes on by itself, nobody pressing anything, back to the front door's consent page.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void theChipPageGoesOnByItselfOnceThePhoneHasReadTheChip(String language) {
        ChipHolder holder = ChipHolder.of(Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "chip", language);
            chromium.open(oc.newAttempt().with("ui_locales", language).with("kc_idp_hint", Providers.EID).authorizationUrl());
            journey.arriveAt("eid-chip", "#bawaba-eid[data-mode=scan]");
            assertThat(chromium.driver().getCurrentUrl()).startsWith(urls.getBase() + "/realms/" + Providers.EID + "/");
            String link = chromium.driver().findElement(By.id("bawaba-eid-open-app")).getDomAttribute("href");

            Outcome outcome = holder.phone(link).run();
            assertThat(outcome.verified()).as("the phone's presentation: %s", outcome.describe()).isTrue();

            // No click: the page's script sees the verified transaction at its next poll and continues.
            journey.arriveAt("consent", "#kc-oauth-form");
            assertThat(chromium.driver().getCurrentUrl()).as("back at the front door").startsWith(issuer(urls.getBase()));
        }
        assertThat(holder.frontDoorAccounts(admin)).as("the chip sign-in reached the front door").hasSize(1);
    }

    /**
     * The phone's selfie does not match, three times: the page shows each refusal in place, then its own refusal page,
     * and "choose another way" brings the person back to the chooser, in the language they chose at the service.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void aRefusedChipSignInSaysWhyAndLeadsBackToTheChooserInThePersonsLanguage(String language) {
        ChipHolder holder = ChipHolder.of(Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "chip-refused", language);
            chromium.open(oc.newAttempt().with("ui_locales", language).with("kc_idp_hint", Providers.EID).authorizationUrl());
            journey.arriveAt("eid-chip", "#bawaba-eid[data-mode=scan]");
            String link = chromium.driver().findElement(By.id("bawaba-eid-open-app")).getDomAttribute("href");

            for (int attempt = 0; attempt < 3; attempt++) {
                Outcome outcome = holder.phone(link).withSelfie(Selfie.OTHER).run();
                assertThat(outcome.reason()).as(outcome.describe()).isEqualTo("face_mismatch");
            }

            journey.arriveAt("eid-refused", "#bawaba-eid[data-mode=refused] #bawaba-eid-refusal-reason[data-reason=face_mismatch]");
            journey.click("#bawaba-eid-cancel");
            journey.arriveAt("chooser", "#bawaba-chooser-form");
        }
        assertThat(holder.hasEidAccount(admin)).as("a refused chip sign-in creates nothing").isFalse();
    }

    /**
     * Creating an account by questions, as a person does it from CNOPS: the chooser's "create an account" entry, the
     * terms, the identification with the robot check solved by the widget itself in the browser (ticked from the
     * keyboard), the questions, up to the email address; every page in the language chosen at the service, audited.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void anAccountIsCreatedByQuestionsInThePersonsLanguage(String language) {
        RegistryPeople.Person person = RegistryPeople.paidByBankTransfer();
        RelyingParty cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "create-account", language);
            chromium.open(cnops.newAttempt().with("ui_locales", language).authorizationUrl());
            journey.arriveAt("chooser", "#bawaba-chooser-form");
            journey.click("#bawaba-enrol-account");
            journey.arriveAt("kbq-terms", "#bawaba-kbq-terms-form");
            journey.click("#bawaba-kbq-terms-submit");
            journey.arriveAt("kbq-terms-refused", "#acceptTerms-error");
            journey.click("#acceptTerms");
            journey.click("#bawaba-kbq-terms-submit");
            journey.arriveAt("kbq-identify", "#bawaba-kbq-identify-form altcha-widget");
            journey.click("#identifierKind-employer");
            journey.type("#identifier", person.employerId());
            journey.type("#nationalId", person.nationalId());
            chromium.script("document.getElementById('birthDate').value = arguments[0]", person.birthDateTyped());
            journey.tabTo("altcha-widget input[type=checkbox]", 20);
            journey.keys(Keys.SPACE);
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(60))
                    .withMessage("the widget solved its challenge")
                    .until(driver -> !String.valueOf(chromium.script(
                            "var f = document.querySelector('input[name=altcha]'); return f ? f.value : ''")).isEmpty());
            journey.auditInPlace("kbq-identify-verified");
            journey.click("#bawaba-kbq-identify-submit");
            journey.arriveAt("kbq-questions", "#bawaba-kbq-questions-form");
            journey.type("#BANK_ACCOUNT_LAST8", "00000000".equals(person.bankAccountLast8()) ? "11111111" : "00000000");
            journey.click("#bawaba-kbq-questions-submit");
            journey.arriveAt("kbq-not-recognised", ".pf-v5-c-alert");
            journey.type("#BANK_ACCOUNT_LAST8", person.bankAccountLast8());
            journey.click("#bawaba-kbq-questions-submit");
            journey.arriveAt("kbq-email", "#bawaba-contact-form");
            assertThat(chromium.driver().findElement(By.id("bawaba-progress-bar")).getDomAttribute("value")).isEqualTo("45");
        }
        assertThat(admin.realm(Providers.ACCOUNT).users().searchByUsername(person.registrationNumber(), true))
                .as("nothing yet: the account is made at the last step").isEmpty();
    }

    private UserRepresentation accountHolderSpeaking(String language) {
        UserRepresentation person = Providers.accountHolder(admin, Person.random());
        UserResource user = admin.realm(Providers.ACCOUNT).users().get(person.getId());
        UserRepresentation withLanguage = user.toRepresentation();
        withLanguage.singleAttribute("locale", language);
        user.update(withLanguage);
        return person;
    }

    private static List<String> storedLanguage(UserResource user) {
        return user.toRepresentation().getAttributes().getOrDefault("locale", List.of());
    }

    private static String anotherCodeThan(String code) {
        char first = code.charAt(0);
        return (first == '9' ? '0' : (char) (first + 1)) + code.substring(1);
    }
}
