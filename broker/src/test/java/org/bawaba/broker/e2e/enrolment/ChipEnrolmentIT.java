package org.bawaba.broker.e2e.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.password.TemporaryPasswordMail;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerLog;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
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
import org.bawaba.eid.simulator.app.Transaction;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Creating an account with a chip e-ID (J2, OC CONNECT, seed 000) on the real server: from OC's chooser through the
 * account realm's registration (terms, mode, the phone reading the chip through the holder API, the data released,
 * an email address with a code, the last page), the temporary password in the mail, its forced change, and OC's
 * claims; forged documents, the wrong document, a person who has an account, and leaving at every step.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ChipEnrolmentIT {

    private static final String NEW_PASSWORD = "Mon-compte-OC-2026";

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

    @Test
    void aPersonCreatesAnAccountWithTheirCnieThenSignsInToOcWithTheTemporaryPasswordChanged() throws Exception {
        Person person = Person.random();
        ChipHolder holder = ChipHolder.of(person);
        String email = email(holder);
        RelyingParty oc = oc();
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser browser = new Browser(urls.getBase());

        ChooserPage chooser = ChooserPage.on(browser, browser.open(attempt.authorizationUrl()));
        assertThat(chooser.page().document().select("#bawaba-enrol-account")).as("one 'create an account' entry").hasSize(1);
        Browser.Page terms = browser.submit(chooser.page(), "#bawaba-chooser-form", Map.of("enrol", Providers.ACCOUNT));
        assertThat(terms.uri().getPath()).as("OC allows the chip path only: no choice to make").startsWith("/realms/account/");
        assertThat(EnrolmentPages.termsDocument(terms)).isEqualTo("account");
        assertThat(EnrolmentPages.step(terms)).containsExactly(1, 7);

        Browser.Page refused = EnrolmentPages.submitTermsUnticked(browser, terms);
        assertThat(refused.document().select("#acceptTerms-error")).as("the terms must be ticked").isNotEmpty();
        Browser.Page eidTerms = EnrolmentPages.acceptTerms(browser, refused);
        assertThat(EnrolmentPages.termsDocument(eidTerms)).isEqualTo("eid");
        assertThat(EnrolmentPages.step(eidTerms)).containsExactly(2, 7);

        Browser.Page modes = EnrolmentPages.acceptTerms(browser, eidTerms);
        assertThat(EnrolmentPages.modes(modes)).containsExactly("card-and-face", "permit-and-face", "cnie-and-pin");
        assertThat(EnrolmentPages.step(modes)).containsExactly(3, 7);
        Browser.Page noMode = browser.submit(modes, "#bawaba-enrol-mode-form", Map.of("chooseMode", "true"));
        assertThat(noMode.document().select("#mode-error")).as("a mode must be chosen").isNotEmpty();
        EidChipPage chip = EidChipPage.on(browser, EnrolmentPages.chooseMode(browser, noMode, "card-and-face"));
        assertThat(chip.mode()).isEqualTo("scan");
        assertThat(chip.page().document().selectFirst("#bawaba-eid").attr("data-purpose")).isEqualTo("enrolment");
        assertThat(EnrolmentPages.step(chip.page())).containsExactly(4, 7);

        Transaction[] fetched = new Transaction[1];
        Outcome outcome = holder.phone(chip).onTransaction(transaction -> fetched[0] = transaction).run();
        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        assertThat(fetched[0].purpose()).as("the app is told it creates an account").isEqualTo("enrolment");
        assertThat(fetched[0].selfie()).isTrue();
        assertThat(fetched[0].documents()).containsExactly("identity-card");
        assertThat(fetched[0].service()).isEqualTo("Office des Changes — OC CONNECT");

        Browser.Page release = chip.continueSignIn();
        assertThat(EnrolmentPages.isReleasePage(release)).as(release.body()).isTrue();
        assertThat(EnrolmentPages.step(release)).containsExactly(5, 7);
        assertThat(EnrolmentPages.showsPortrait(release)).as("the chip's photo, shown back").isTrue();
        assertThat(EnrolmentPages.identity(release))
                .containsEntry("lastName", person.familyName().toUpperCase())
                .containsEntry("firstName", person.givenName().toUpperCase())
                .containsEntry("family_name_ar", person.familyNameAr())
                .containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("birthdate", person.birthdate())
                .containsEntry("national_id", person.nationalId())
                .containsKey("gender").containsKey("birthplace");
        assertThat(release.document().selectFirst("#bawaba-enrol-release-intro").text()).contains("OC CONNECT");
        Browser.Page notReleased = EnrolmentPages.acceptWithoutSelecting(browser, release);
        assertThat(notReleased.document().select("#selectAll-error")).as("'select all' must be ticked").isNotEmpty();

        ContactPage contact = ContactPage.on(browser, EnrolmentPages.release(browser, notReleased));
        assertThat(EnrolmentPages.step(contact.page())).containsExactly(6, 7);
        CodePage code = CodePage.on(browser, contact.enter(email, email));
        Browser.Page last = code.enter(TemporaryPasswordMail.awaitCodeFor(mail, email, 0));
        assertThat(EnrolmentPages.isAccountPage(last)).as(last.body()).isTrue();
        assertThat(EnrolmentPages.step(last)).containsExactly(7, 7);
        assertThat(EnrolmentPages.login(last)).isEqualTo(holder.username());
        assertThat(EnrolmentPages.identity(last)).containsEntry("national_id", person.nationalId());
        assertThat(last.document().select("#bawaba-enrol-identity input")).as("read-only").isEmpty();
        assertThat(accountsOf(holder, email)).as("nothing before 'Send'").isEmpty();

        Browser.Page signIn = EnrolmentPages.send(browser, last);
        assertThat(PasswordSignInPage.isShownOn(signIn)).as("created, then asked to sign in: " + signIn.body()).isTrue();
        assertThat(signIn.document().text()).contains(holder.username());
        UserRepresentation created = account().users().searchByUsername(holder.username(), true).get(0);
        assertThat(created.getEmail()).isEqualTo(email);
        assertThat(created.isEmailVerified()).isTrue();
        assertThat(created.getAttributes())
                .containsEntry("national_id", List.of(person.nationalId()))
                .containsEntry("given_name_ar", List.of(person.givenNameAr()))
                .containsEntry("birthdate", List.of(person.birthdate()))
                .containsKey("bawaba.temporaryPassword.issuedAt");
        assertThat(created.getAttributes().get("bawaba_terms_accepted"))
                .anySatisfy(value -> assertThat(value).startsWith("account 2026-12 "))
                .anySatisfy(value -> assertThat(value).startsWith("eid 2026-12 "));
        assertThat(created.getAttributes().get("bawaba_enrolment").get(0)).startsWith("chip card-and-face ");

        TemporaryPasswordMail temporary = TemporaryPasswordMail.awaitFor(mail, email, 0);
        assertThat(temporary.login()).isEqualTo(holder.username());
        assertThat(ServerLog.holds(ServerLog.read(), temporary.password())).as("never logged").isFalse();

        Browser.Page codeAgain = PasswordSignInPage.on(browser, signIn).signIn(holder.username(), temporary.password());
        Browser.Page change = CodePage.on(browser, codeAgain).enter(TemporaryPasswordMail.awaitCodeFor(mail, email, 1));
        assertThat(UpdatePasswordPage.isShownOn(change)).as("the temporary password must be changed").isTrue();
        Browser.Page back = Providers.agreeToShareIfAsked(browser, UpdatePasswordPage.on(browser, change).choose(NEW_PASSWORD));

        Map<String, String> response = back.redirectParameters();
        assertThat(response).containsKey("code").containsEntry("state", attempt.state);
        JWTClaimsSet id = oc.verifyIdToken(attempt.exchange(response.get("code")).string("id_token"), attempt.nonce);
        assertThat(id.getClaims()).containsEntry("family_name", person.familyName().toUpperCase())
                .containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("birthdate", person.birthdate())
                .containsEntry("acr", "eidas2");

        List<EventRepresentation> steps = account().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null,
                null, 0, 500).stream().filter(event -> event.getDetails() != null
                && "chip".equals(event.getDetails().get("bawaba_enrolment_journey"))).toList();
        assertThat(steps).extracting(event -> event.getDetails().get("bawaba_enrolment_step"))
                .contains("path", "terms-account", "terms-eid", "mode-card-and-face", "chip", "release", "account");
        assertThat(steps.toString()).as("no personal data in the events")
                .doesNotContain(person.nationalId()).doesNotContain(person.nationalId().toLowerCase())
                .doesNotContain(email).doesNotContain(person.birthdate());
    }

    @Test
    void theCniePinModeSendsNoSelfieAndCreatesTheAccount() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        int compared = faces.requests().size();
        EidChipPage chip = EidChipPage.on(browser, EnrolmentPages.chooseMode(browser, toModes(browser), "cnie-and-pin"));
        Transaction[] fetched = new Transaction[1];
        Outcome outcome = holder.phone(chip).onTransaction(transaction -> fetched[0] = transaction).run();
        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        assertThat(fetched[0].selfie()).as("no selfie in the PIN mode").isFalse();
        assertThat(fetched[0].pin()).isTrue();
        assertThat(faces.requests()).as("no face compared").hasSize(compared);

        String email = email(holder);
        Browser.Page signIn = finish(browser, chip.continueSignIn(), email);
        assertThat(PasswordSignInPage.isShownOn(signIn)).isTrue();
        assertThat(account().users().searchByUsername(holder.username(), true).get(0).getAttributes()
                .get("bawaba_enrolment").get(0)).startsWith("chip cnie-and-pin ");
    }

    @Test
    void forgedDocumentsAFaceMismatchAndTheWrongDocumentAreRefusedAndCreateNothing() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        EidChipPage chip = EidChipPage.on(browser, EnrolmentPages.chooseMode(browser, toModes(browser), "card-and-face"));

        Outcome forged = holder.forgedPhone(chip, ForgedVariant.SUBSTITUTED_DATA_GROUP).run();
        assertThat(forged.refused()).isTrue();
        assertThat(forged.reason()).isEqualTo("document_altered");
        Outcome otherFace = holder.phone(chip).withSelfie(org.bawaba.eid.simulator.app.Selfie.OTHER).run();
        assertThat(otherFace.reason()).isEqualTo("face_mismatch");
        Outcome passport = ChipHolder.passportOf(holder.person()).phone(chip.appLink()).run();
        assertThat(passport.refused()).isTrue();
        assertThat(passport.reason()).as("a passport, where the card was chosen").isEqualTo("document_not_accepted");
        assertThat(passport.message()).contains("document");

        EidChipPage shown = EidChipPage.on(browser, chip.continueSignIn());
        assertThat(shown.mode()).isEqualTo("refused");
        assertThat(shown.refusal()).as("the last reason, with every attempt of this QR code used").isEqualTo("document_not_accepted");
        assertThat(accountsOf(holder, email(holder))).isEmpty();

        // "Choose another document" goes back to the modes; a new reading with the real card goes through.
        Browser.Page modes = shown.chooseAnotherWay();
        assertThat(EnrolmentPages.isModePage(modes)).isTrue();
        EidChipPage again = EidChipPage.on(browser, EnrolmentPages.chooseMode(browser, modes, "card-and-face"));
        assertThat(holder.phone(again).run().verified()).isTrue();
        assertThat(EnrolmentPages.isReleasePage(again.continueSignIn())).isTrue();
        assertThat(accountsOf(holder, email(holder))).isEmpty();
    }

    @Test
    void aPersonWhoAlreadyHasAnAccountIsSentToSignInOrRecoverIt() {
        Person person = Person.random();
        ChipHolder holder = ChipHolder.of(person);
        UserRepresentation existing = Providers.accountHolderWithEmailOnly(admin, person);
        Browser browser = new Browser(urls.getBase());
        EidChipPage chip = EidChipPage.on(browser, EnrolmentPages.chooseMode(browser, toModes(browser), "card-and-face"));
        assertThat(holder.phone(chip).run().verified()).isTrue();

        Browser.Page page = chip.continueSignIn();
        assertThat(EnrolmentPages.isExistingAccountPage(page)).as(page.body()).isTrue();
        assertThat(page.document().select("#bawaba-enrol-sign-in")).isNotEmpty();
        assertThat(page.document().select("#bawaba-enrol-recover")).isNotEmpty();
        assertThat(account().users().searchByAttributes("national_id:" + person.nationalId()))
                .extracting(UserRepresentation::getId).containsExactly(existing.getId());
    }

    /** Where a person stops, then abandons the browser or leaves with the page's own button. */
    static List<String> stops() {
        return List.of("account-terms", "e-id-terms", "modes", "chip-page", "chip-read-not-continued", "release",
                "release-not-selected", "release-left", "email", "email-code", "last-page", "last-page-left");
    }

    @ParameterizedTest(name = "leaving at {0}")
    @MethodSource("stops")
    void leavingAtAnyStepLeavesNoAccount(String stop) {
        ChipHolder holder = ChipHolder.of(Person.random());
        String email = email(holder);
        Browser browser = new Browser(urls.getBase());
        Browser.Page left = switch (stop) {
            case "account-terms" -> toTerms(browser);
            case "e-id-terms" -> EnrolmentPages.acceptTerms(browser, toTerms(browser));
            case "modes" -> toModes(browser);
            case "chip-page" -> EnrolmentPages.chooseMode(browser, toModes(browser), "card-and-face");
            case "chip-read-not-continued" -> toVerifiedChip(browser, holder).page();
            case "release" -> toRelease(browser, holder);
            case "release-not-selected" -> EnrolmentPages.acceptWithoutSelecting(browser, toRelease(browser, holder));
            case "release-left" -> EnrolmentPages.leave(browser, toRelease(browser, holder), "#bawaba-enrol-release-form");
            case "email" -> EnrolmentPages.release(browser, toRelease(browser, holder));
            case "email-code" -> ContactPage.on(browser, EnrolmentPages.release(browser, toRelease(browser, holder)))
                    .enter(email, email);
            case "last-page" -> toLastPage(browser, holder, email);
            case "last-page-left" -> EnrolmentPages.leave(browser, toLastPage(browser, holder, email),
                    "#bawaba-enrol-account-form");
            default -> throw new IllegalArgumentException(stop);
        };
        assertThat(left.status()).isLessThan(500);
        if (stop.endsWith("-left")) {
            assertThat(left.uri().getPath()).as("left: back at the front door, or out to the service")
                    .satisfiesAnyOf(path -> assertThat(path).startsWith("/realms/bawaba/"),
                            path -> assertThat(left.leftBroker()).isTrue());
        }
        assertThat(accountsOf(holder, email)).as("nothing after leaving at %s", stop).isEmpty();
        assertThat(TemporaryPasswordMail.countFor(mail, email)).as("no temporary password went out").isZero();

        // Nothing half-made stands in the way: the person can still create the account.
        Browser again = new Browser(urls.getBase());
        assertThat(PasswordSignInPage.isShownOn(EnrolmentPages.send(again, toLastPage(again, holder, email)))).isTrue();
        assertThat(accountsOf(holder, email)).hasSize(1);
    }

    private RelyingParty oc() {
        return new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    private Browser.Page toTerms(Browser browser) {
        ChooserPage chooser = ChooserPage.on(browser, browser.open(oc().newAttempt().authorizationUrl()));
        return browser.submit(chooser.page(), "#bawaba-chooser-form", Map.of("enrol", Providers.ACCOUNT));
    }

    private Browser.Page toModes(Browser browser) {
        return EnrolmentPages.acceptTerms(browser, EnrolmentPages.acceptTerms(browser, toTerms(browser)));
    }

    private EidChipPage toVerifiedChip(Browser browser, ChipHolder holder) {
        EidChipPage chip = EidChipPage.on(browser, EnrolmentPages.chooseMode(browser, toModes(browser), "card-and-face"));
        Outcome outcome = holder.phone(chip).run();
        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        return chip;
    }

    private Browser.Page toRelease(Browser browser, ChipHolder holder) {
        Browser.Page release = toVerifiedChip(browser, holder).continueSignIn();
        assertThat(EnrolmentPages.isReleasePage(release)).as(release.body()).isTrue();
        return release;
    }

    private Browser.Page toLastPage(Browser browser, ChipHolder holder, String email) {
        Browser.Page contact = EnrolmentPages.release(browser, toRelease(browser, holder));
        int codes = TemporaryPasswordMail.countCodesFor(mail, email);
        CodePage code = CodePage.on(browser, ContactPage.on(browser, contact).enter(email, email));
        Browser.Page last = code.enter(TemporaryPasswordMail.awaitCodeFor(mail, email, codes));
        assertThat(EnrolmentPages.isAccountPage(last)).as(last.body()).isTrue();
        return last;
    }

    /** From the release page on: release, email and its code, "Send". */
    private Browser.Page finish(Browser browser, Browser.Page release, String email) {
        assertThat(EnrolmentPages.isReleasePage(release)).as(release.body()).isTrue();
        int codes = TemporaryPasswordMail.countCodesFor(mail, email);
        CodePage code = CodePage.on(browser, ContactPage.on(browser, EnrolmentPages.release(browser, release)).enter(email, email));
        return EnrolmentPages.send(browser, code.enter(TemporaryPasswordMail.awaitCodeFor(mail, email, codes)));
    }

    private List<UserRepresentation> accountsOf(ChipHolder holder, String email) {
        List<UserRepresentation> found = new java.util.ArrayList<>(account().users().searchByUsername(holder.username(), true));
        found.addAll(account().users().searchByAttributes("national_id:" + holder.person().nationalId()));
        found.addAll(account().users().searchByEmail(email, true));
        return found.stream().filter(distinctBy()).toList();
    }

    private static java.util.function.Predicate<UserRepresentation> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return user -> seen.add(user.getId());
    }

    private RealmResource account() {
        return admin.realm(Providers.ACCOUNT);
    }

    private static String email(ChipHolder holder) {
        return "chip-" + holder.username() + "@bawaba.example";
    }
}
