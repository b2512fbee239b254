package org.bawaba.broker.e2e.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.CIMR_DIALCOM;
import static org.bawaba.broker.e2e.support.DemoRealm.CNOPS_PORTAL;
import static org.bawaba.broker.e2e.support.DemoRealm.CNOPS_PORTAL_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.CNOPS_PORTAL_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.password.TemporaryPasswordMail;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.document.FaceImages;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of an account creation with a chip e-ID (J2) and with a passport (J3) in headless Chromium, in French,
 * Arabic (right to left) and English: language, direction and axe-core on each, a screenshot of each
 * ({@code journey-enrol-chip-*}, {@code journey-enrol-passport-*}, {@code journey-enrol-ways-*},
 * {@code journey-proof-of-life-*}): J2 from OC's chooser to the front door's consent
 * page after the temporary password was changed, J3 from CIMR's chooser to the sign-in with the code.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ChipEnrolmentInChromiumIT {

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void everyPageOfAChipAccountCreation(String language) {
        ChipHolder holder = ChipHolder.of(Person.random());
        String email = "chromium-" + holder.username() + "@bawaba.example";
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "enrol-chip", language);
            chromium.open(oc.newAttempt().with("ui_locales", language).authorizationUrl());
            journey.arriveAt("chooser", "#bawaba-chooser-form");
            journey.click("#bawaba-enrol-account");

            journey.arriveAt("terms-account", "#bawaba-enrol-terms[data-document=account]");
            journey.click("#bawaba-enrol-terms-submit");
            journey.arriveAt("terms-refused", "#acceptTerms-error");
            journey.click("#acceptTerms");
            journey.click("#bawaba-enrol-terms-submit");
            journey.arriveAt("terms-eid", "#bawaba-enrol-terms[data-document=eid]");
            journey.click("#acceptTerms");
            journey.click("#bawaba-enrol-terms-submit");

            journey.arriveAt("mode", "#bawaba-enrol-mode-form");
            journey.click("#bawaba-enrol-mode-card-and-face");
            journey.click("#bawaba-enrol-mode-submit");
            journey.arriveAt("chip", "#bawaba-eid[data-mode=scan][data-purpose=enrolment]");
            String link = chromium.driver().findElement(By.id("bawaba-eid-open-app")).getDomAttribute("href");
            Outcome outcome = holder.phone(link).run();
            assertThat(outcome.verified()).as(outcome.describe()).isTrue();

            // The page's own script goes on once the phone is done.
            journey.arriveAt("release", "#bawaba-enrol-identity #bawaba-enrol-portrait");
            journey.click("#bawaba-enrol-release-accept");
            journey.arriveAt("release-refused", "#selectAll-error");
            journey.click("#selectAll");
            journey.click("#bawaba-enrol-release-accept");

            journey.arriveAt("email", "#bawaba-contact-form");
            journey.type("#contact", email);
            journey.type("#contactConfirm", email);
            journey.click("#bawaba-contact-submit");
            journey.arriveAt("email-code", "#bawaba-code-form");
            journey.type("#code", TemporaryPasswordMail.awaitCodeFor(mail, email, 0));
            journey.click("#bawaba-code-submit");

            journey.arriveAt("account", "#bawaba-enrol-account-form");
            journey.click("#bawaba-enrol-account-send");
            journey.arriveAt("sign-in", "#kc-form-login");
            TemporaryPasswordMail temporary = TemporaryPasswordMail.awaitFor(mail, email, 0);
            journey.type("#username", temporary.login());
            journey.type("#password", temporary.password());
            journey.click("#kc-login");
            journey.arriveAt("sign-in-code", "#bawaba-code-form");
            journey.type("#code", TemporaryPasswordMail.awaitCodeFor(mail, email, 1));
            journey.click("#bawaba-code-submit");
            journey.arriveAt("new-password", "#kc-passwd-update-form");
            journey.type("#password-new", "Nouveau-mot-2026");
            journey.type("#password-confirm", "Nouveau-mot-2026");
            journey.click("#kc-passwd-update-form [type=submit]");
            journey.arriveAt("consent", "#kc-oauth-form");
        }
        List<UserRepresentation> created = admin.realm(Providers.ACCOUNT).users().searchByUsername(holder.username(), true);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).getAttributes().get("locale")).as("the account keeps the language").containsExactly(language);
    }

    /**
     * Keycloak's own "Register" link (no relying party narrows the ways): the page of the ways, its error, then a chip
     * read for an identity that already has an account, and the page that sends the person to sign in or recover.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void theWaysPageAndThePageForAPersonWhoHasAnAccount(String language) {
        Person person = Person.random();
        ChipHolder holder = ChipHolder.of(person);
        Providers.accountHolderWithEmailOnly(admin, person);
        RelyingParty cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "enrol-ways", language);
            chromium.open(cnops.newAttempt().with("ui_locales", language).with("kc_idp_hint", Providers.ACCOUNT)
                    .authorizationUrl());
            journey.arriveAt("sign-in", "#kc-form-login");
            journey.click("a[href*='login-actions/registration']");
            journey.arriveAt("ways", "#bawaba-enrol-path-form");
            journey.click("#bawaba-enrol-path-submit");
            journey.arriveAt("ways-refused", "#path-error");
            journey.click("#bawaba-enrol-path-chip");
            journey.click("#bawaba-enrol-path-submit");
            journey.arriveAt("terms-account", "#bawaba-enrol-terms[data-document=account]");
            journey.click("#acceptTerms");
            journey.click("#bawaba-enrol-terms-submit");
            journey.arriveAt("terms-eid", "#bawaba-enrol-terms[data-document=eid]");
            journey.click("#acceptTerms");
            journey.click("#bawaba-enrol-terms-submit");
            journey.arriveAt("mode", "#bawaba-enrol-mode-form");
            journey.click("#bawaba-enrol-mode-submit");
            journey.arriveAt("mode-refused", "#mode-error");
            journey.click("#bawaba-enrol-mode-card-and-face");
            journey.click("#bawaba-enrol-mode-submit");
            journey.arriveAt("chip", "#bawaba-eid[data-mode=scan][data-purpose=enrolment]");
            String link = chromium.driver().findElement(By.id("bawaba-eid-open-app")).getDomAttribute("href");
            Outcome outcome = holder.phone(link).run();
            assertThat(outcome.verified()).as(outcome.describe()).isTrue();
            journey.arriveAt("existing", "#bawaba-enrol-existing");
        }
        assertThat(admin.realm(Providers.ACCOUNT).users().searchByAttributes("national_id:" + person.nationalId()))
                .as("still the one account").hasSize(1);
    }

    /**
     * The pages of a passport account creation (J3) from CIMR's chooser, through the first sign-in with the SMS code;
     * then, a quarter later on the server's clock, the proof-of-life page, and a selfie the page's script sends.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void everyPageOfAPassportAccountCreationAndAProofOfLife(String language) throws Exception {
        Person person = Person.random();
        ChipHolder passport = ChipHolder.passportOf(person);
        String fileNumber = String.valueOf(2_000_000_000L + Math.abs(person.nationalId().hashCode()));
        String email = "chromium-passport-" + fileNumber + "@bawaba.example";
        String mobile = Providers.randomMobile();
        RelyingParty cimr = new RelyingParty(issuer(urls.getBase()), CIMR_DIALCOM, null, "http://localhost:8090/cimr/callback");
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "enrol-passport", language);
            chromium.open(cimr.newAttempt().with("ui_locales", language).authorizationUrl());
            journey.arriveAt("chooser", "#bawaba-chooser-form");
            journey.click("#bawaba-enrol-account");
            journey.arriveAt("terms-account", "#bawaba-enrol-terms[data-document=account]");
            journey.click("#acceptTerms");
            journey.click("#bawaba-enrol-terms-submit");
            journey.arriveAt("terms-personal-data", "#bawaba-enrol-terms[data-document=personal-data]");
            journey.click("#acceptTerms");
            journey.click("#bawaba-enrol-terms-submit");
            journey.arriveAt("chip", "#bawaba-eid[data-mode=scan][data-purpose=enrolment]");
            String link = chromium.driver().findElement(By.id("bawaba-eid-open-app")).getDomAttribute("href");
            Outcome outcome = passport.phone(link).run();
            assertThat(outcome.verified()).as(outcome.describe()).isTrue();
            journey.arriveAt("release", "#bawaba-enrol-identity #bawaba-enrol-portrait");
            journey.click("#selectAll");
            journey.click("#bawaba-enrol-release-accept");
            journey.arriveAt("pension-file", "#bawaba-enrol-file-form");
            journey.type("#fileNumber", "12-AB");
            journey.click("#bawaba-enrol-file-submit");
            journey.arriveAt("pension-file-refused", "#fileNumber-error");
            journey.type("#fileNumber", fileNumber);
            journey.click("#bawaba-enrol-file-submit");
            journey.arriveAt("email", "#bawaba-contact-form");
            journey.type("#contact", email);
            journey.type("#contactConfirm", email);
            journey.click("#bawaba-contact-submit");
            journey.arriveAt("email-code", "#bawaba-code-form");
            journey.type("#code", TemporaryPasswordMail.awaitCodeFor(mail, email, 0));
            journey.click("#bawaba-code-submit");
            journey.arriveAt("mobile", "#bawaba-contact-form");
            journey.type("#contact", mobile);
            journey.type("#contactConfirm", mobile);
            journey.click("#bawaba-contact-submit");
            journey.arriveAt("mobile-code", "#bawaba-code-form");
            String provisional = sms.lastCode();
            journey.type("#code", provisional);
            journey.click("#bawaba-code-submit");
            journey.arriveAt("sign-in", "#kc-form-login");
            journey.type("#username", fileNumber);
            journey.type("#password", provisional);
            journey.click("#kc-login");
            journey.arriveAt("sign-in-code", "#bawaba-code-form");
            journey.type("#code", sms.lastCode());
            journey.click("#bawaba-code-submit");
            journey.arriveAt("new-password", "#kc-passwd-update-form");
            journey.type("#password-new", "Ma-retraite-2026");
            journey.type("#password-confirm", "Ma-retraite-2026");
            journey.click("#kc-passwd-update-form [type=submit]");
            // The browser then goes on to CIMR's callback, which nothing serves here: wait for the new password only.
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(30)).withMessage("the new password was taken")
                    .until(driver -> driver.findElements(By.id("kc-passwd-update-form")).isEmpty());
        }
        List<UserRepresentation> created = admin.realm(Providers.ACCOUNT).users().searchByUsername(fileNumber, true);
        assertThat(created).hasSize(1);

        // A quarter later, on the server's clock, the sign-in asks for a selfie; the holder's own face passes.
        UserResource pensioner = admin.realm(Providers.ACCOUNT).users().get(created.get(0).getId());
        String enrolled = pensioner.toRepresentation().getAttributes().get("bawaba_proof_of_life").get(0);
        ServerClock clock = new ServerClock(urls.getBase());
        clock.advance(Duration.ofDays(92));
        Path selfie = Files.createTempFile("selfie", ".jpg");
        Files.write(selfie, FaceImages.portrait(passport.document().dataGroup(2)));
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "proof-of-life", language);
            chromium.open(cimr.newAttempt().with("ui_locales", language).with("kc_idp_hint", Providers.ACCOUNT)
                    .authorizationUrl());
            journey.arriveAt("sign-in", "#kc-form-login");
            journey.type("#username", fileNumber);
            journey.type("#password", "Ma-retraite-2026");
            journey.click("#kc-login");
            journey.arriveAt("code", "#bawaba-code-form");
            journey.type("#code", sms.lastCode());
            journey.click("#bawaba-code-submit");
            journey.arriveAt("proof-of-life", "#bawaba-proof-of-life-form");
            chromium.driver().findElement(By.id("selfie")).sendKeys(selfie.toString());
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(15)).withMessage("the page's script read the picture")
                    .until(driver -> !String.valueOf(chromium.script(
                            "return document.getElementById('selfieData').value")).isEmpty());
            journey.click("#bawaba-proof-of-life-submit");
            // The script re-encodes the picture, which the test face service (it compares bytes) calls another face.
            journey.arriveAt("proof-of-life-retry", "#selfie-error");
        } finally {
            clock.reset();
            Files.deleteIfExists(selfie);
        }
        assertThat(pensioner.toRepresentation().getAttributes().get("bawaba_proof_of_life").get(0))
                .as("not renewed by a selfie that did not match").isEqualTo(enrolled);
    }
}
