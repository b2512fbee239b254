package org.bawaba.broker.e2e.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.password.TemporaryPasswordMail;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestRelyingParties;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.ContactPage;
import org.bawaba.broker.e2e.support.pages.EidChipPage;
import org.bawaba.broker.e2e.support.pages.EnrolmentPages;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.bawaba.broker.e2e.support.pages.UpdatePasswordPage;
import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.app.Selfie;
import org.bawaba.eid.simulator.app.Transaction;
import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Creating an account with a biometric passport (J3, CIMR, seed 001) on the real server: terms and personal-data
 * processing, the passport's chip and a selfie through the holder API, the data released, the pension file number
 * (the login), the email address and mobile number with their codes; the code by SMS (by email for a passport naming
 * no Moroccan national identifier) is the provisional password, which signs in once and must be changed.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class PassportEnrolmentIT {

    private static final String RP = "passport-enrolment-rp";
    private static final String RP_SECRET = "test-only-passport-enrolment-secret";
    private static final String RP_REDIRECT = "http://localhost:8090/passport-enrolment/callback";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD = "Ma-retraite-2026";

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private RelyingParty rp;
    private ServerClock clock;

    @BeforeEach
    void setUp() {
        clock = new ServerClock(urls.getBase());
        rp = TestRelyingParties.confidential(admin, urls.getBase(), RP, RP_SECRET, RP_REDIRECT,
                Map.of("bawaba.enrolment", Providers.ACCOUNT, "bawaba.enrolmentPaths", "passport"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMoroccanPassportCreatesTheAccountAndTheSmsCodeSignsInOnceThenMustBeChanged() throws Exception {
        Person person = Person.random();
        ChipHolder passport = ChipHolder.passportOf(person);
        String fileNumber = fileNumber();
        String email = "passport-" + fileNumber + "@bawaba.example";
        String mobile = Providers.randomMobile();
        RelyingParty.Attempt attempt = rp.newAttempt();
        Browser browser = new Browser(urls.getBase());

        ChooserPage chooser = ChooserPage.on(browser, browser.open(attempt.authorizationUrl()));
        Browser.Page terms = browser.submit(chooser.page(), "#bawaba-chooser-form", Map.of("enrol", Providers.ACCOUNT));
        assertThat(EnrolmentPages.termsDocument(terms)).isEqualTo("account");
        assertThat(EnrolmentPages.step(terms)).containsExactly(1, 6);
        Browser.Page personalData = EnrolmentPages.acceptTerms(browser, terms);
        assertThat(EnrolmentPages.termsDocument(personalData)).isEqualTo("personal-data");

        EidChipPage chip = EidChipPage.on(browser, EnrolmentPages.acceptTerms(browser, personalData));
        assertThat(EnrolmentPages.step(chip.page())).as("one mode: no mode page").containsExactly(3, 6);
        Transaction[] fetched = new Transaction[1];
        Outcome outcome = passport.phone(chip).onTransaction(transaction -> fetched[0] = transaction).run();
        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        assertThat(fetched[0].documents()).containsExactly("passport");
        assertThat(fetched[0].selfie()).isTrue();

        Browser.Page release = chip.continueSignIn();
        assertThat(EnrolmentPages.identity(release)).containsEntry("family_name_ar", person.familyNameAr())
                .containsEntry("national_id", person.nationalId());
        Browser.Page file = EnrolmentPages.release(browser, release);
        assertThat(EnrolmentPages.step(file)).containsExactly(5, 6);
        assertThat(file.document().selectFirst("#bawaba-enrol-file-code").attr("data-foreign")).isEqualTo("false");
        Browser.Page wrong = browser.submit(file, "#bawaba-enrol-file-form", Map.of("fileNumber", "AB-12"));
        assertThat(wrong.document().select("#fileNumber-error")).isNotEmpty();

        ContactPage emailForm = ContactPage.on(browser, browser.submit(wrong, "#bawaba-enrol-file-form",
                Map.of("fileNumber", fileNumber)));
        Browser.Page phoneForm = CodePage.on(browser, emailForm.enter(email, email))
                .enter(TemporaryPasswordMail.awaitCodeFor(mail, email, 0));
        CodePage smsCode = CodePage.on(browser, ContactPage.on(browser, phoneForm).enter(mobile, mobile));
        assertThat(account().users().searchByUsername(fileNumber, true)).as("nothing before the last code").isEmpty();
        String provisional = sms.lastCode();
        Browser.Page signIn = smsCode.enter(provisional);

        assertThat(PasswordSignInPage.isShownOn(signIn)).as(signIn.body()).isTrue();
        assertThat(signIn.document().text()).contains(fileNumber);
        UserRepresentation created = account().users().searchByUsername(fileNumber, true).get(0);
        assertThat(created.getEmail()).isEqualTo(email);
        assertThat(created.isEmailVerified()).isTrue();
        assertThat(created.getAttributes()).containsEntry("phone_number", List.of(mobile))
                .containsEntry("phone_number_verified", List.of("true"))
                .containsEntry("national_id", List.of(person.nationalId()))
                .containsEntry("given_name_ar", List.of(person.givenNameAr()))
                .containsKey("bawaba.temporaryPassword.issuedAt");
        assertThat(created.getAttributes().get("bawaba_terms_accepted"))
                .anySatisfy(value -> assertThat(value).startsWith("personal-data 2026-12 "));
        assertThat(created.getAttributes().get("bawaba_enrolment").get(0)).startsWith("passport ");

        Browser.Page secondFactor = PasswordSignInPage.on(browser, signIn).signIn(fileNumber, provisional);
        Browser.Page change = CodePage.on(browser, secondFactor).enter(sms.lastCode());
        assertThat(UpdatePasswordPage.isShownOn(change)).as("the provisional password must be changed").isTrue();
        Browser.Page back = Providers.agreeToShareIfAsked(browser,
                UpdatePasswordPage.on(browser, change).choose("Ma-retraite-2026"));
        JWTClaimsSet id = TestRelyingParties.idToken(rp, attempt, back);
        assertThat(id.getClaims()).containsEntry("family_name", person.familyName().toUpperCase())
                .containsEntry("given_name", person.givenName().toUpperCase());

        Browser.Page again = PasswordSignInPage.open(new Browser(urls.getBase()),
                rp.newAttempt().authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT).signIn(fileNumber, provisional);
        assertThat(PasswordSignInPage.isShownOn(again)).as("the code signed in once: it is no longer a password").isTrue();
    }

    @Test
    void aPassportNamingNoNationalIdentifierGetsTheProvisionalPasswordByEmail() {
        ChipHolder passport = ChipHolder.passportWithoutNationalId(Person.random());
        String fileNumber = fileNumber();
        String email = "foreign-" + fileNumber + "@bawaba.example";
        String mobile = Providers.randomMobile();
        Browser browser = new Browser(urls.getBase());
        Browser.Page file = EnrolmentPages.release(browser, toRelease(browser, passport));
        assertThat(file.document().selectFirst("#bawaba-enrol-file-code").attr("data-foreign")).isEqualTo("true");

        ContactPage phoneForm = ContactPage.on(browser, browser.submit(file, "#bawaba-enrol-file-form",
                Map.of("fileNumber", fileNumber)));
        Browser.Page emailForm = CodePage.on(browser, phoneForm.enter(mobile, mobile)).enter(sms.lastCode());
        CodePage emailCode = CodePage.on(browser, ContactPage.on(browser, emailForm).enter(email, email));
        String provisional = TemporaryPasswordMail.awaitCodeFor(mail, email, 0);
        Browser.Page signIn = emailCode.enter(provisional);
        assertThat(PasswordSignInPage.isShownOn(signIn)).as(signIn.body()).isTrue();

        UserRepresentation created = account().users().searchByUsername(fileNumber, true).get(0);
        assertThat(created.getAttributes()).doesNotContainKey("national_id");
        Browser.Page change = CodePage.on(browser, PasswordSignInPage.on(browser, signIn).signIn(fileNumber, provisional))
                .enter(sms.lastCode());
        assertThat(UpdatePasswordPage.isShownOn(change)).isTrue();
    }

    @Test
    void aForgedPassportAFaceMismatchAndAnIdentityCardAreRefusedAndCreateNothing() {
        Person person = Person.random();
        ChipHolder passport = ChipHolder.passportOf(person);
        Browser browser = new Browser(urls.getBase());
        EidChipPage chip = toChip(browser);

        Outcome forged = passport.forgedPhone(chip, ForgedVariant.FLIPPED_SOD_BYTE).run();
        assertThat(forged.reason()).isEqualTo("document_altered");
        Outcome otherFace = passport.phone(chip).withSelfie(Selfie.OTHER).run();
        assertThat(otherFace.reason()).isEqualTo("face_mismatch");
        Outcome card = ChipHolder.of(person).phone(chip.appLink()).run();
        assertThat(card.reason()).as("a card, where a passport is asked for").isEqualTo("document_not_accepted");

        assertThat(EidChipPage.on(browser, chip.continueSignIn()).mode()).isEqualTo("refused");
        assertThat(account().users().searchByAttributes("national_id:" + person.nationalId())).isEmpty();
    }

    @Test
    void aQuarterLaterASelfieProvesLifeAndFailuresGoOnTheAgentsList() throws Exception {
        Person person = Person.random();
        ChipHolder passport = ChipHolder.passportOf(person);
        String fileNumber = fileNumber();
        String email = "alive-" + fileNumber + "@bawaba.example";
        String mobile = Providers.randomMobile();
        Browser browser = new Browser(urls.getBase());
        CodePage smsCode = CodePage.on(browser, ContactPage.on(browser, toPhoneForm(browser, passport, fileNumber, email))
                .enter(mobile, mobile));
        String provisional = sms.lastCode();
        Browser.Page signIn = smsCode.enter(provisional);
        Browser.Page change = CodePage.on(browser, PasswordSignInPage.on(browser, signIn).signIn(fileNumber, provisional))
                .enter(sms.lastCode());
        Browser.Page back = Providers.agreeToShareIfAsked(browser, UpdatePasswordPage.on(browser, change).choose(PASSWORD));
        assertThat(back.leftBroker()).as("the enrolment's selfie was a proof of life: none asked now").isTrue();
        UserRepresentation pensioner = account().users().searchByUsername(fileNumber, true).get(0);
        String enrolled = pensioner.getAttributes().get("bawaba_proof_of_life").get(0);

        clock.advance(Duration.ofDays(92));
        Browser later = new Browser(urls.getBase());
        Browser.Page proof = signInWithCode(later, fileNumber);
        assertThat(proof.document().select("#bawaba-proof-of-life-form")).as("a quarter later: " + proof.body()).isNotEmpty();
        byte[] ownFace = FaceImages.portrait(passport.document().dataGroup(2));
        byte[] otherFace = FaceImages.jpeg(7_777L);
        Browser.Page retry = selfie(later, proof, otherFace);
        assertThat(retry.document().select("#selfie-error")).as("another face: tried again: %s %s", retry.status(),
                retry.body()).isNotEmpty();
        retry = selfie(later, retry, otherFace);
        Browser.Page afterFailure = selfie(later, retry, otherFace);
        assertThat(Providers.agreeToShareIfAsked(later, afterFailure).leftBroker())
                .as("after the last attempt the sign-in goes on").isTrue();

        Browser next = new Browser(urls.getBase());
        Browser.Page askedAgain = signInWithCode(next, fileNumber);
        assertThat(askedAgain.document().select("#bawaba-proof-of-life-form")).as("asked again").isNotEmpty();
        Browser.Page passed = selfie(next, askedAgain, ownFace);
        assertThat(Providers.agreeToShareIfAsked(next, passed).leftBroker()).isTrue();

        Browser last = new Browser(urls.getBase());
        assertThat(Providers.agreeToShareIfAsked(last, signInWithCode(last, fileNumber)).leftBroker())
                .as("proved: not asked again").isTrue();

        // The administrator's token is on the real clock.
        clock.reset();
        assertThat(agentsList()).as("the failure is on the agents' list").contains(pensioner.getId()).contains(fileNumber)
                .contains("no_match");
        assertThat(account().users().get(pensioner.getId()).toRepresentation().getAttributes().get("bawaba_proof_of_life")
                .get(0)).as("renewed").isGreaterThan(enrolled);
    }

    /** What the page's script sends: the camera's picture as a data: URI. */
    private static Browser.Page selfie(Browser browser, Browser.Page page, byte[] jpeg) {
        return browser.submit(page, "#bawaba-proof-of-life-form",
                Map.of("selfieData", "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(jpeg)));
    }

    private Browser.Page signInWithCode(Browser browser, String fileNumber) {
        Browser.Page code = PasswordSignInPage.open(browser,
                rp.newAttempt().authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT).signIn(fileNumber, PASSWORD);
        return CodePage.on(browser, code).enter(sms.lastCode());
    }

    private String agentsList() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(urls.getBase()
                        + "/admin/realms/" + Providers.ACCOUNT + "/bawaba-proof-of-life/failures"))
                        .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** Where a person stops, then abandons the browser. */
    static List<String> stops() {
        return List.of("account-terms", "personal-data", "chip-page", "release", "file-number", "email", "email-code",
                "mobile", "mobile-code");
    }

    @ParameterizedTest(name = "leaving at {0}")
    @MethodSource("stops")
    void leavingAtAnyStepLeavesNoAccount(String stop) {
        Person person = Person.random();
        ChipHolder passport = ChipHolder.passportOf(person);
        String fileNumber = fileNumber();
        String email = "leaving-" + fileNumber + "@bawaba.example";
        String mobile = Providers.randomMobile();
        Browser browser = new Browser(urls.getBase());
        Browser.Page left = switch (stop) {
            case "account-terms" -> toTerms(browser);
            case "personal-data" -> EnrolmentPages.acceptTerms(browser, toTerms(browser));
            case "chip-page" -> toChip(browser).page();
            case "release" -> toRelease(browser, passport);
            case "file-number" -> EnrolmentPages.release(browser, toRelease(browser, passport));
            case "email" -> browser.submit(EnrolmentPages.release(browser, toRelease(browser, passport)),
                    "#bawaba-enrol-file-form", Map.of("fileNumber", fileNumber));
            case "email-code" -> ContactPage.on(browser, browser.submit(EnrolmentPages.release(browser,
                    toRelease(browser, passport)), "#bawaba-enrol-file-form", Map.of("fileNumber", fileNumber)))
                    .enter(email, email);
            case "mobile" -> toPhoneForm(browser, passport, fileNumber, email);
            case "mobile-code" -> ContactPage.on(browser, toPhoneForm(browser, passport, fileNumber, email))
                    .enter(mobile, mobile);
            default -> throw new IllegalArgumentException(stop);
        };
        assertThat(left.status()).isLessThan(500);
        assertThat(account().users().searchByUsername(fileNumber, true)).as("after leaving at %s", stop).isEmpty();
        assertThat(account().users().searchByAttributes("national_id:" + person.nationalId()))
                .as("after leaving at %s", stop).isEmpty();
    }

    private Browser.Page toTerms(Browser browser) {
        ChooserPage chooser = ChooserPage.on(browser, browser.open(rp.newAttempt().authorizationUrl()));
        return browser.submit(chooser.page(), "#bawaba-chooser-form", Map.of("enrol", Providers.ACCOUNT));
    }

    private EidChipPage toChip(Browser browser) {
        return EidChipPage.on(browser, EnrolmentPages.acceptTerms(browser, EnrolmentPages.acceptTerms(browser, toTerms(browser))));
    }

    private Browser.Page toRelease(Browser browser, ChipHolder passport) {
        EidChipPage chip = toChip(browser);
        Outcome outcome = passport.phone(chip).run();
        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        Browser.Page release = chip.continueSignIn();
        assertThat(EnrolmentPages.isReleasePage(release)).as(release.body()).isTrue();
        return release;
    }

    private Browser.Page toPhoneForm(Browser browser, ChipHolder passport, String fileNumber, String email) {
        ContactPage emailForm = ContactPage.on(browser, browser.submit(EnrolmentPages.release(browser,
                toRelease(browser, passport)), "#bawaba-enrol-file-form", Map.of("fileNumber", fileNumber)));
        int codes = TemporaryPasswordMail.countCodesFor(mail, email);
        return CodePage.on(browser, emailForm.enter(email, email)).enter(TemporaryPasswordMail.awaitCodeFor(mail, email, codes));
    }

    private static String fileNumber() {
        return String.valueOf(1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 8_999_999_999L);
    }

    private RealmResource account() {
        return admin.realm(Providers.ACCOUNT);
    }
}
