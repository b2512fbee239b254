package org.bawaba.broker.e2e.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.CNOPS_PORTAL;
import static org.bawaba.broker.e2e.support.DemoRealm.CNOPS_PORTAL_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.CNOPS_PORTAL_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.AdminFlows.Step;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.EnrolmentPages;
import org.bawaba.broker.e2e.support.pages.ContactPage;
import org.bawaba.broker.e2e.support.pages.KnowledgePages;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.bawaba.broker.e2e.support.pages.UpdatePasswordPage;
import org.bawaba.broker.e2e.support.registry.RegistryPeople;
import org.bawaba.broker.e2e.support.registry.RegistryPeople.Person;
import org.bawaba.broker.e2e.support.registry.RegistryStub;
import org.bawaba.testsupport.AltchaSolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Account creation and password recovery by questions (CNOPS, seeds 002 and 003), on the real server: from the
 * front door's "create an account" through the account realm's registration flow (reference registry loaded from
 * CSV), then a sign-in to cnops-portal; the same with the HTTP registry (WireMock); and what an impostor meets.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class KnowledgeQuestionsIT {

    private static final String ACCOUNT = "account";
    private static final String PASSWORD = "Cnops-pw-2026!";
    private static final Pattern EMAIL_CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    /** A test client of the account realm whose browser flow is the registration, asking the HTTP registry. */
    private static final String HTTP_REGISTRY_CLIENT = "test-kbq-http-registry";
    private static final String SHIPPED_FLOW_CLIENT = "test-kbq-account-browser";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final RegistryStub httpRegistry = new RegistryStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private RealmResource account;
    private ServerClock clock;

    @BeforeEach
    void setUp() {
        account = admin.realm(ACCOUNT);
        clock = new ServerClock(urls.getBase());
        // Every test's browser comes from 127.0.0.1: the per-address limit would add up across tests. The per-person
        // limit stays the shipped one (5).
        for (String flow : List.of("account-registration", "account-reset-credentials")) {
            account.flows().getExecutions(flow).stream()
                    .filter(execution -> execution.getProviderId() != null && execution.getProviderId().startsWith("bawaba-kbq-")
                            && execution.getAuthenticationConfig() != null)
                    .forEach(execution -> {
                        AuthenticatorConfigRepresentation config = account.flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
                        if (config.getConfig().containsKey("kbq.maxFailuresPerAddress")) {
                            config.getConfig().put("kbq.maxFailuresPerAddress", "100000");
                            account.flows().updateAuthenticatorConfig(config.getId(), config);
                        }
                    });
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPersonPaidByBankTransferCreatesAnAccountFromTheChooserThenSignsInToCnops() throws Exception {
        Person person = RegistryPeople.paidByBankTransfer();
        Browser browser = new Browser(urls.getBase());
        RelyingParty cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);

        ChooserPage chooser = ChooserPage.on(browser, browser.open(cnops.newAttempt().authorizationUrl()));
        assertThat(chooser.page().document().select("#bawaba-enrol-account")).as("the one 'create an account' entry").hasSize(1);
        Browser.Page terms = browser.submit(chooser.page(), "#bawaba-chooser-form", Map.of("enrol", "account"));
        assertThat(terms.uri().getPath()).as("the account realm's registration").startsWith("/realms/account/");

        Browser.Page identify = KnowledgePages.acceptTerms(browser, terms);
        assertThat(KnowledgePages.progress(identify)).isEqualTo(15);
        Browser.Page questions = identifyAs(browser, identify, person, "REGISTRATION_NUMBER");
        assertThat(KnowledgePages.progress(questions)).isEqualTo(30);
        assertThat(KnowledgePages.questions(questions)).containsExactly("EMPLOYER_ID", "BANK_ACCOUNT_LAST8");

        Browser.Page password = enrolContacts(browser, answerRight(browser, questions, person), email(person), mobile(person));
        assertThat(KnowledgePages.progress(password)).isEqualTo(100);
        assertThat(account.users().searchByUsername(person.registrationNumber(), true)).as("nothing before the last step").isEmpty();

        Browser.Page signIn = KnowledgePages.choosePassword(browser, password, PASSWORD, PASSWORD);
        assertThat(PasswordSignInPage.isShownOn(signIn)).as("created, then asked to sign in").isTrue();
        assertThat(signIn.document().text()).contains(person.registrationNumber());

        UserRepresentation created = account.users().searchByUsername(person.registrationNumber(), true).get(0);
        assertThat(created.getEmail()).isEqualTo(email(person));
        assertThat(created.isEmailVerified()).isTrue();
        assertThat(created.getFirstName()).isEqualTo(person.givenName());
        assertThat(created.getAttributes()).containsEntry("phone_number", List.of(mobile(person)))
                .containsEntry("phone_number_verified", List.of("true"))
                .containsEntry("national_id", List.of(person.nationalId()))
                .containsEntry("birthdate", List.of(person.birthDateTyped()))
                .containsEntry("given_name_ar", List.of(person.givenNameAr()))
                .containsKey("bawaba_registry_person")
                .containsKey("bawaba_terms_accepted")
                .doesNotContainKey("bank_account_last8");
        assertThat(created.getAttributes().get("bawaba_terms_accepted").get(0)).startsWith("2026-12 ");

        // The sign-in that follows goes back to CNOPS through the front door, with the registry's pivot identity.
        RelyingParty.Attempt attempt = cnops.newAttempt();
        Browser fresh = new Browser(urls.getBase());
        Browser.Page code = PasswordSignInPage.open(fresh, attempt.authorizationUrl() + "&kc_idp_hint=" + ACCOUNT)
                .signIn(person.registrationNumber(), PASSWORD);
        Browser.Page back = Providers.agreeToShareIfAsked(fresh, CodePage.on(fresh, code).enter(sms.lastCode()));
        JWTClaimsSet id = cnops.verifyIdToken(attempt.exchange(back.redirectParameters().get("code")).string("id_token"), attempt.nonce);
        assertThat(id.getClaims()).containsEntry("given_name", person.givenName())
                .containsEntry("family_name", person.familyName())
                .containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("birthdate", person.birthDateTyped());
    }

    @Test
    void aPersonPaidByPostalOrderIdentifiesWithTheEmployerIdentifierAndIsAskedTheCivilStatusNumber() throws Exception {
        Person person = RegistryPeople.paidByPostalOrder();
        Browser browser = new Browser(urls.getBase());
        Browser.Page questions = identifyAs(browser, startRegistration(browser), person, "EMPLOYER_ID");
        assertThat(KnowledgePages.questions(questions)).containsExactly("CIVIL_STATUS_NUMBER");

        Browser.Page password = enrolContacts(browser, answerRight(browser, questions, person), email(person), mobile(person));
        assertThat(PasswordSignInPage.isShownOn(KnowledgePages.choosePassword(browser, password, PASSWORD, PASSWORD))).isTrue();

        UserRepresentation created = account.users().searchByUsername(person.registrationNumber(), true).get(0);
        assertThat(created.getAttributes()).containsEntry("national_id", List.of(person.nationalId()));
        Browser.Page code = PasswordSignInPage.open(new Browser(urls.getBase()), signInUrl())
                .signIn(email(person), PASSWORD);
        assertThat(CodePage.isShownOn(code)).as("signs in with the email address too").isTrue();
    }

    @Test
    void aStrangerAndAWrongAnswerGetTheSamePageNamingNoField() {
        Person person = RegistryPeople.paidByBankTransfer();
        Browser known = new Browser(urls.getBase());
        Browser.Page knownQuestions = identifyAs(known, startRegistration(known), person, "EMPLOYER_ID");
        Browser.Page wrong = KnowledgePages.answer(known, knownQuestions, Map.of("BANK_ACCOUNT_LAST8", flipped(person.bankAccountLast8())));

        Person stranger = person.stranger();
        Browser unknown = new Browser(urls.getBase());
        Browser.Page strangerQuestions = identifyAs(unknown, startRegistration(unknown), stranger, "EMPLOYER_ID");
        assertThat(KnowledgePages.isQuestionsPage(strangerQuestions)).as("a stranger is asked questions too").isTrue();
        Browser again = new Browser(urls.getBase());
        assertThat(KnowledgePages.questions(identifyAs(again, startRegistration(again), stranger, "EMPLOYER_ID")))
                .as("the same ones on every try").isEqualTo(KnowledgePages.questions(strangerQuestions));
        Map<String, String> guesses = new LinkedHashMap<>();
        KnowledgePages.questions(strangerQuestions).forEach(q -> guesses.put(q, q.equals("BANK_ACCOUNT_LAST8") ? "12345678" : "12/1990"));
        Browser.Page refused = KnowledgePages.answer(unknown, strangerQuestions, guesses);

        assertThat(KnowledgePages.isQuestionsPage(wrong)).isTrue();
        assertThat(KnowledgePages.isQuestionsPage(refused)).isTrue();
        assertThat(KnowledgePages.messages(refused)).isNotBlank().isEqualTo(KnowledgePages.messages(wrong))
                .contains("Nous n’avons pas pu vérifier votre identité")
                .doesNotContainIgnoringCase("RIB").doesNotContain("compte bancaire").doesNotContain("état civil");
        assertThat(refused.document().select("[aria-invalid=true]")).as("no field named").isEmpty();
        assertThat(wrong.document().select("[aria-invalid=true]")).isEmpty();
        // And the same again when the stranger is asked the other question: the identification page said nothing either.
        assertThat(KnowledgePages.messages(strangerQuestions)).isEqualTo(KnowledgePages.messages(knownQuestions));
    }

    @Test
    void fiveWrongBankAccountAnswersLockThePersonOutAcrossSessions() {
        Person person = RegistryPeople.paidByBankTransfer();
        String signIn = signInUrl();
        Browser browser = new Browser(urls.getBase());
        Browser.Page page = identifyAs(browser, startRegistration(browser), person, "EMPLOYER_ID");
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = KnowledgePages.answer(browser, page, Map.of("BANK_ACCOUNT_LAST8", String.format("%08d", attempt)));
            assertThat(KnowledgePages.messages(page)).as("attempt %d", attempt)
                    .contains(attempt < 5 ? "Nous n’avons pas pu vérifier votre identité" : "Trop de tentatives");
        }
        page = KnowledgePages.answer(browser, page, Map.of("BANK_ACCOUNT_LAST8", person.bankAccountLast8()));
        assertThat(KnowledgePages.messages(page)).as("the right answer, after the lock-out").contains("Trop de tentatives");

        // Another browser, another login (on any node: the count lives in Keycloak's cluster-wide store): still locked.
        Browser other = new Browser(urls.getBase());
        Browser.Page again = identifyAs(other, startRegistration(other), person, "EMPLOYER_ID");
        assertThat(KnowledgePages.isIdentifyPage(again)).isTrue();
        assertThat(KnowledgePages.messages(again)).contains("Trop de tentatives");

        // The lock is this person's: someone else, from the same address, goes on. (The slots leave Keycloak's
        // single-use store an hour after each failure, by the store's own clock: SlidingQuotaTest.)
        Person neighbour = RegistryPeople.paidByBankTransfer();
        Browser next = new Browser(urls.getBase());
        Browser.Page questions = identifyAs(next, startRegistration(next, signIn), neighbour, "EMPLOYER_ID");
        assertThat(KnowledgePages.isQuestionsPage(questions)).isTrue();
        assertThat(ContactPage.on(next, answerRight(next, questions, neighbour)).page().status()).isEqualTo(200);
    }

    @Test
    void leavingAtAnyStepLeavesNoAccount() throws Exception {
        Person person = RegistryPeople.paidByBankTransfer();
        // Each browser stops at a later step, then is abandoned.
        startRegistration(new Browser(urls.getBase()));
        Browser second = new Browser(urls.getBase());
        identifyAs(second, startRegistration(second), person, "EMPLOYER_ID");
        Browser third = new Browser(urls.getBase());
        Browser.Page contact = answerRight(third, identifyAs(third, startRegistration(third), person, "EMPLOYER_ID"), person);
        ContactPage.on(third, contact).enter(email(person), email(person));
        Browser fourth = new Browser(urls.getBase());
        Browser.Page fourthContact = answerRight(fourth, identifyAs(fourth, startRegistration(fourth), person, "EMPLOYER_ID"), person);
        Browser.Page password = enrolContacts(fourth, fourthContact, email(person), mobile(person));
        Browser.Page mismatch = KnowledgePages.choosePassword(fourth, password, PASSWORD, PASSWORD + "x");
        assertThat(KnowledgePages.isPasswordPage(mismatch)).isTrue();
        Browser.Page weak = KnowledgePages.choosePassword(fourth, mismatch, "short", "short");
        assertThat(KnowledgePages.isPasswordPage(weak)).as("refused by the realm's policy").isTrue();

        assertThat(account.users().searchByUsername(person.registrationNumber(), true)).isEmpty();
        assertThat(account.users().searchByAttributes("national_id:" + person.nationalId())).isEmpty();
        assertThat(account.users().searchByEmail(email(person), true)).isEmpty();

        // Nothing half-made stands in the way: the person can still create the account.
        Browser last = new Browser(urls.getBase());
        Browser.Page done = KnowledgePages.choosePassword(last, enrolContacts(last,
                answerRight(last, identifyAs(last, startRegistration(last), person, "EMPLOYER_ID"), person),
                email(person), mobile(person)), PASSWORD, PASSWORD);
        assertThat(PasswordSignInPage.isShownOn(done)).isTrue();
        assertThat(account.users().searchByUsername(person.registrationNumber(), true)).hasSize(1);

        // A second creation for the same person, after answering, is sent to sign in or recover instead.
        Browser twice = new Browser(urls.getBase());
        Browser.Page existing = answerRight(twice, identifyAs(twice, startRegistration(twice), person, "EMPLOYER_ID"), person);
        assertThat(existing.document().select("#bawaba-kbq-existing")).isNotEmpty();
        assertThat(existing.document().select("#bawaba-kbq-recover")).isNotEmpty();
        assertThat(account.users().searchByUsername(person.registrationNumber(), true)).hasSize(1);
    }

    @Test
    void recoveryAsksTheSameQuestionsThenACodeAndTheOldPasswordStopsWorking() {
        Person person = RegistryPeople.paidByPostalOrder();
        UserRepresentation holder = existingAccount(person, PASSWORD);
        Browser browser = new Browser(urls.getBase());
        Browser.Page login = browser.open(signInUrl());
        Browser.Page identify = browser.open(login.uri().resolve(
                login.document().selectFirst("a[href*=login-actions/reset-credentials]").attr("href")).toString());
        assertThat(KnowledgePages.isIdentifyPage(identify)).as("forgot password starts with the same identification").isTrue();
        Browser.Page questions = identifyAs(browser, identify, person, "REGISTRATION_NUMBER");
        assertThat(KnowledgePages.questions(questions)).containsExactly("EMPLOYER_ID", "CIVIL_STATUS_NUMBER");
        Browser.Page code = answerRight(browser, questions, person);
        Browser.Page update = CodePage.on(browser, code).enter(sms.lastCode());
        String chosen = "Nouveau-" + UUID.randomUUID().toString().substring(0, 6) + "9";
        UpdatePasswordPage.on(browser, update).choose(chosen);

        assertThat(PasswordSignInPage.isShownOn(PasswordSignInPage.open(new Browser(urls.getBase()), signInUrl())
                .signIn(holder.getUsername(), PASSWORD))).as("the old password no longer works").isTrue();
        Browser.Page withNew = PasswordSignInPage.open(new Browser(urls.getBase()), signInUrl()).signIn(holder.getUsername(), chosen);
        assertThat(CodePage.isShownOn(withNew)).as("the new one does, then the code").isTrue();
    }

    @Test
    void theHttpRegistryServesACreationAndItsOutageCreatesNothing() throws Exception {
        new AdminFlows(account).clientWithFlow(HTTP_REGISTRY_CLIENT, "test-kbq-http-registry",
                Step.of("bawaba-kbq-terms"),
                Step.of("bawaba-kbq-identify", Map.of("kbq.registry", "http")),
                Step.of("bawaba-kbq-answer-to-register"),
                Step.of("bawaba-enrol-email"),
                Step.of("bawaba-enrol-phone"),
                Step.of("bawaba-kbq-create-account"));
        Person person = RegistryPeople.paidByBankTransfer();
        httpRegistry.knows(person);

        Browser down = new Browser(urls.getBase());
        httpRegistry.failingWith(503);
        Browser.Page unavailable = identifyAs(down, KnowledgePages.acceptTerms(down, down.open(httpRegistryClientUrl())), person, "EMPLOYER_ID");
        assertThat(KnowledgePages.isIdentifyPage(unavailable)).isTrue();
        assertThat(KnowledgePages.messages(unavailable)).contains("momentanément indisponible").contains("Rien n’a été enregistré");
        assertThat(account.users().searchByUsername(person.registrationNumber(), true)).isEmpty();

        httpRegistry.knows(person);
        Browser browser = new Browser(urls.getBase());
        Browser.Page questions = identifyAs(browser, KnowledgePages.acceptTerms(browser, browser.open(httpRegistryClientUrl())), person, "EMPLOYER_ID");
        assertThat(KnowledgePages.questions(questions)).containsExactly("BANK_ACCOUNT_LAST8");
        Browser.Page password = enrolContacts(browser, answerRight(browser, questions, person), email(person), mobile(person));
        KnowledgePages.choosePassword(browser, password, PASSWORD, PASSWORD);

        UserRepresentation created = account.users().searchByUsername(person.registrationNumber(), true).get(0);
        assertThat(created.getAttributes()).containsEntry("bawaba_registry_person", List.of(RegistryStub.personId(person)))
                .containsEntry("national_id", List.of(person.nationalId()));
        assertThat(httpRegistry.checkRequests()).as("the answers were checked by the registry").isNotEmpty();
    }

    @Test
    void aCaptchaSolutionIsRefusedWhenMissingReplayedOrExpired() {
        Person person = RegistryPeople.paidByBankTransfer();
        Browser browser = new Browser(urls.getBase());
        Browser.Page identify = startRegistration(browser);
        Browser.Page missing = KnowledgePages.identify(browser, identify, "EMPLOYER_ID", person.employerId(),
                person.nationalId(), person.birthDateTyped(), null);
        assertThat(KnowledgePages.isIdentifyPage(missing)).isTrue();
        assertThat(KnowledgePages.messages(missing)).contains("robot");

        String solution = AltchaSolver.solve(KnowledgePages.captchaChallenge(missing));
        Browser.Page accepted = KnowledgePages.identify(browser, missing, "EMPLOYER_ID", person.employerId(),
                person.nationalId(), person.birthDateTyped(), solution);
        assertThat(KnowledgePages.isQuestionsPage(accepted)).isTrue();

        Browser replaying = new Browser(urls.getBase());
        Browser.Page replayed = KnowledgePages.identify(replaying, startRegistration(replaying), "EMPLOYER_ID",
                person.employerId(), person.nationalId(), person.birthDateTyped(), solution);
        assertThat(KnowledgePages.isIdentifyPage(replayed)).as("a solution works once").isTrue();

        Browser late = new Browser(urls.getBase());
        Browser.Page page = startRegistration(late);
        String lateSolution = AltchaSolver.solve(KnowledgePages.captchaChallenge(page));
        clock.advance(Duration.ofMinutes(11));
        Browser.Page expired = KnowledgePages.identify(late, page, "EMPLOYER_ID", person.employerId(),
                person.nationalId(), person.birthDateTyped(), lateSolution);
        assertThat(KnowledgePages.isIdentifyPage(expired)).as("a solution of an expired challenge").isTrue();
    }

    // --- the journey's steps -------------------------------------------------------------------------------------

    /** The account realm's own registration link (Keycloak's), to the terms, accepted: the identification page. */
    private Browser.Page startRegistration(Browser browser) {
        return startRegistration(browser, signInUrl());
    }

    private Browser.Page startRegistration(Browser browser, String signInUrl) {
        Browser.Page login = browser.open(signInUrl);
        String register = login.document().selectFirst("a[href*=login-actions/registration]").attr("href");
        Browser.Page first = browser.open(login.uri().resolve(register).toString());
        // Keycloak's own "Register" link names no relying party: every way the realm offers is shown.
        assertThat(EnrolmentPages.paths(first)).containsExactly("chip", "passport", "questions");
        return KnowledgePages.acceptTerms(browser, EnrolmentPages.choosePath(browser, first, "questions"));
    }

    private Browser.Page identifyAs(Browser browser, Browser.Page identify, Person person, String kind) {
        String identifier = kind.equals("EMPLOYER_ID") ? person.employerId() : person.registrationNumber();
        return KnowledgePages.identify(browser, identify, kind, identifier, person.nationalId(), person.birthDateTyped(),
                AltchaSolver.solve(KnowledgePages.captchaChallenge(identify)));
    }

    private static Browser.Page answerRight(Browser browser, Browser.Page questions, Person person) {
        Map<String, String> answers = new LinkedHashMap<>();
        KnowledgePages.questions(questions).forEach(q -> answers.put(q, person.answer(q)));
        return KnowledgePages.answer(browser, questions, answers);
    }

    private Browser.Page enrolContacts(Browser browser, Browser.Page emailForm, String email, String mobile) throws Exception {
        int before = mail.getReceivedMessages().length;
        Browser.Page emailCode = ContactPage.on(browser, emailForm).enter(email, email);
        boolean shippedFlow = KnowledgePages.progress(emailForm) >= 0;
        if (shippedFlow) {
            assertThat(KnowledgePages.progress(emailForm)).isEqualTo(45);
            assertThat(KnowledgePages.progress(emailCode)).as(KnowledgePages.messages(emailCode)).isEqualTo(60);
        }
        assertThat(mail.waitForIncomingEmail(before + 1)).isTrue();
        Browser.Page phoneForm = CodePage.on(browser, emailCode).enter(codeIn(mail.getLastReceivedMessage()));
        if (shippedFlow) {
            assertThat(KnowledgePages.progress(phoneForm)).isEqualTo(75);
        }
        Browser.Page phoneCode = ContactPage.on(browser, phoneForm).enter(mobile, mobile);
        return CodePage.on(browser, phoneCode).enter(sms.lastCode());
    }

    private UserRepresentation existingAccount(Person person, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(person.registrationNumber());
        user.setEnabled(true);
        user.setEmail(email(person));
        user.setEmailVerified(true);
        user.setFirstName(person.givenName());
        user.setLastName(person.familyName());
        user.setAttributes(Map.of("national_id", List.of(person.nationalId()), "phone_number", List.of(mobile(person)),
                "phone_number_verified", List.of("true")));
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        account.users().create(user).close();
        return account.users().searchByUsername(person.registrationNumber(), true).get(0);
    }

    /** A sign-in to the account realm with its shipped browser flow (password, then a code). */
    private String signInUrl() {
        new AdminFlows(account).clientBoundTo(SHIPPED_FLOW_CLIENT, "account-browser", Map.of());
        return testClient(SHIPPED_FLOW_CLIENT).newAttempt().authorizationUrl();
    }

    private String httpRegistryClientUrl() {
        return testClient(HTTP_REGISTRY_CLIENT).newAttempt().authorizationUrl();
    }

    private RelyingParty testClient(String clientId) {
        return new RelyingParty(urls.getBase() + "/realms/" + ACCOUNT, clientId, null, AdminFlows.TEST_REDIRECT);
    }

    private static String email(Person person) {
        return "kbq-" + person.registrationNumber() + "@bawaba.example";
    }

    private static String mobile(Person person) {
        // The run's number gives the digit after 6; 68 is not an allocated mobile block (every other 6x is), and a run
        // numbered 18x, 28x, ... would make every test's number invalid.
        String digits = person.registrationNumber().substring(1);
        char block = digits.charAt(0) == '8' ? '9' : digits.charAt(0);
        return "+2126" + block + digits.substring(1);
    }

    private static String flipped(String digits) {
        return digits.charAt(0) == '1' ? "2" + digits.substring(1) : "1" + digits.substring(1);
    }

    private static String codeIn(MimeMessage message) throws Exception {
        Object content = message.getContent();
        String text = content instanceof String plain ? plain
                : String.valueOf(((jakarta.mail.Multipart) content).getBodyPart(0).getContent());
        Matcher matcher = EMAIL_CODE.matcher(text);
        assertThat(matcher.find()).as("a code in the email").isTrue();
        return matcher.group(1);
    }
}
