package org.bawaba.broker.e2e.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.AdminFlows.Step;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.ServerLog;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.ContactPage;
import org.bawaba.broker.e2e.support.pages.Pages;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.bawaba.broker.e2e.support.pages.UpdatePasswordPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * One-time codes by SMS and by email, on the real server, in the account realm where local sign-in lives:
 * sign-in factors, the code policy, gateway failures, enrolment of a verified address and number, and no code
 * in logs or events. Each step is tested in a flow of its own; the provisional password is then used through
 * the realm's shipped browser flow.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class OneTimeCodeIT {

    private static final String SMS_CLIENT = "test-otp-sms";
    private static final String EMAIL_CLIENT = "test-otp-email";
    private static final String ENROL_CLIENT = "test-otp-enrol";
    private static final String PROVISIONAL_CLIENT = "test-otp-provisional";
    /** Signs in with the account realm's shipped browser flow: bawaba-password-form, then a code. */
    private static final String SHIPPED_FLOW_CLIENT = "test-otp-account-browser";
    private static final String ACCOUNT = "account";
    private static final Pattern EMAIL_CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    @RegisterExtension
    static final SmsGatewayStub gateway = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private RealmResource realm;
    private Browser browser;

    @BeforeEach
    void setUp() {
        realm = admin.realm(ACCOUNT);
        AdminFlows flows = new AdminFlows(realm);
        flows.clientWithFlow(SMS_CLIENT, "test-password-then-sms",
                Step.of("auth-username-password-form"), Step.of("bawaba-sms-code"));
        flows.clientWithFlow(EMAIL_CLIENT, "test-password-then-email",
                Step.of("auth-username-password-form"), Step.of("bawaba-email-code"));
        flows.clientWithFlow(ENROL_CLIENT, "test-password-then-enrol",
                Step.of("auth-username-password-form"), Step.of("bawaba-enrol-email"), Step.of("bawaba-enrol-phone"));
        flows.clientWithFlow(PROVISIONAL_CLIENT, "test-password-then-phone-as-provisional",
                Step.of("auth-username-password-form"),
                Step.of("bawaba-enrol-phone", Map.of("code.provisionalPassword", "true")),
                Step.of("bawaba-provisional-code-password"));
        flows.clientBoundTo(SHIPPED_FLOW_CLIENT, "account-browser", Map.of());
        browser = new Browser(urls.getBase());
    }

    @Test
    void signsInWithACodeBySms() {
        String number = "+212612345601";
        UserRepresentation user = userWithVerifiedPhone(number);
        RelyingParty rp = testClient(SMS_CLIENT);
        RelyingParty.Attempt attempt = rp.newAttempt();

        Browser.Page codePage = password(browser.open(attempt.authorizationUrl()), user);
        assertThat(codePage.document().select("#code")).isNotEmpty();
        assertThat(codePage.body()).contains("+212").doesNotContain(number);

        Map<String, Object> sms = gateway.lastMessage();
        assertThat(sms).containsEntry("to", number).containsKey("reference");
        assertThat(gateway.requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + SmsGatewayStub.TOKEN);
        assertThat(gateway.requests().get(0).getHeader("Content-Type")).startsWith("application/json");
        assertThat((String) sms.get("text")).startsWith("Bawaba").contains("5 min");

        Browser.Page back = enterCode(codePage, gateway.lastCode());
        Map<String, String> response = back.redirectParameters();
        assertThat(response).containsKey("code").doesNotContainKey("error");
        assertThat(attempt.exchange(response.get("code")).status()).isEqualTo(200);
    }

    @Test
    void signsInWithACodeByEmail() throws Exception {
        UserRepresentation user = TestUsers.create(realm, TestUsers.uniqueName("otp-mail"),
                TestUsers.uniqueName("otp") + "@bawaba.example", true, Map.of());
        int before = mail.getReceivedMessages().length;

        Browser.Page codePage = password(browser.open(testClient(EMAIL_CLIENT).newAttempt().authorizationUrl()), user);

        assertThat(mail.waitForIncomingEmail(before + 1)).isTrue();
        MimeMessage message = mail.getLastReceivedMessage();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(user.getEmail());
        assertThat(message.getSubject()).isEqualTo("Bawaba — votre code de vérification");
        String code = codeIn(message);

        Browser.Page back = enterCode(codePage, code);
        assertThat(back.redirectParameters()).containsKey("code");
    }

    @Test
    void fiveWrongCodesKillTheCode() {
        UserRepresentation user = userWithVerifiedPhone("+212612345602");
        Browser.Page page = password(browser.open(testClient(SMS_CLIENT).newAttempt().authorizationUrl()), user);
        String rightCode = gateway.lastCode();
        String wrongCode = rightCode.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            page = enterCode(page, wrongCode);
            assertThat(errorText(page)).contains("Code incorrect").contains(String.valueOf(5 - attempt));
        }
        page = enterCode(page, wrongCode);
        assertThat(errorText(page)).contains("ce code ne fonctionne plus");

        Browser.Page afterRightCode = enterCode(page, rightCode);
        assertThat(afterRightCode.leftBroker()).as("a dead code stays dead").isFalse();
    }

    @Test
    void anExpiredCodeIsRefused() {
        UserRepresentation user = userWithVerifiedPhone("+212612345608");
        Browser.Page page = password(browser.open(testClient(SMS_CLIENT).newAttempt().authorizationUrl()), user);
        String code = gateway.lastCode();
        ServerClock clock = new ServerClock(urls.getBase());
        try {
            clock.advance(Duration.ofSeconds(301));
            Browser.Page refused = enterCode(page, code);

            assertThat(refused.leftBroker()).isFalse();
            assertThat(errorText(refused)).contains("Ce code a expiré");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aCodeStillWorksJustBeforeItExpires() {
        UserRepresentation user = userWithVerifiedPhone("+212612345610");
        RelyingParty.Attempt attempt = testClient(SMS_CLIENT).newAttempt();
        Browser.Page page = password(browser.open(attempt.authorizationUrl()), user);
        String code = gateway.lastCode();
        ServerClock clock = new ServerClock(urls.getBase());
        try {
            clock.advance(Duration.ofSeconds(299));
            Browser.Page back = enterCode(page, code);

            Map<String, String> response = back.redirectParameters();
            assertThat(response).as("accepted at 299 s of 300").containsKey("code").doesNotContainKey("error");
            assertThat(attempt.exchange(response.get("code")).status()).isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aResendTooSoonIsRefusedWithTheWaitingTime() {
        UserRepresentation user = userWithVerifiedPhone("+212612345603");
        Browser.Page page = password(browser.open(testClient(SMS_CLIENT).newAttempt().authorizationUrl()), user);
        CodePage codePage = CodePage.on(browser, page);
        assertThat(codePage.resendIsDisabled()).isTrue();
        assertThat(page.document().select("#bawaba-resend-countdown").text()).containsPattern("[0-9]+ s");

        Browser.Page refused = codePage.resend();

        assertThat(errorText(refused)).contains("Patientez encore");
        assertThat(gateway.requests()).hasSize(1);
    }

    @Test
    void aGatewayErrorGivesAClearMessageAndARetry() {
        UserRepresentation user = userWithVerifiedPhone("+212612345604");
        gateway.failingWith(500);

        Browser.Page page = password(browser.open(testClient(SMS_CLIENT).newAttempt().authorizationUrl()), user);

        assertThat(errorText(page)).contains("Le SMS n’a pas pu être envoyé");
        assertThat(gateway.requests()).as("retried on 5xx, within the bound").hasSize(2);
        assertThat(CodePage.on(browser, page).resendIsDisabled()).isFalse();

        gateway.accepting();
        Browser.Page retried = CodePage.on(browser, page).resend();
        assertThat(retried.body()).contains("Un code vient d’être envoyé");
        assertThat(enterCode(retried, gateway.lastCode()).redirectParameters()).containsKey("code");
    }

    @Test
    void aGatewayTimeoutGivesAClearMessageAndARetry() {
        UserRepresentation user = userWithVerifiedPhone("+212612345605");
        gateway.answeringAfter(2500);

        Browser.Page page = password(browser.open(testClient(SMS_CLIENT).newAttempt().authorizationUrl()), user);

        assertThat(errorText(page)).contains("Le SMS n’a pas pu être envoyé");
        assertThat(CodePage.on(browser, page).resendIsDisabled()).isFalse();
    }

    @Test
    void enrolmentStoresAVerifiedEmailAndMobileNumber() throws Exception {
        UserRepresentation user = TestUsers.create(realm, TestUsers.uniqueName("enrol"), null, false, Map.of());
        String newEmail = TestUsers.uniqueName("enrolled") + "@bawaba.example";
        int mailsBefore = mail.getReceivedMessages().length;

        Browser.Page emailForm = password(browser.open(testClient(ENROL_CLIENT).newAttempt().authorizationUrl()), user);
        Browser.Page mismatch = ContactPage.on(browser, emailForm).enter(newEmail, "other@bawaba.example");
        assertThat(errorText(mismatch)).contains("ne sont pas identiques");

        Browser.Page emailCode = ContactPage.on(browser, mismatch).enter(newEmail, newEmail.toUpperCase());
        assertThat(mail.waitForIncomingEmail(mailsBefore + 1)).isTrue();
        String emailCodeValue = codeIn(mail.getLastReceivedMessage());
        assertThat(userNow(user).isEmailVerified()).as("nothing stored before the code").isFalse();

        Browser.Page phoneForm = enterCode(emailCode, emailCodeValue);
        Browser.Page invalid = ContactPage.on(browser, phoneForm).enter("12", "12");
        assertThat(errorText(invalid)).contains("numéro de mobile n’est pas valide");

        Browser.Page phoneCode = ContactPage.on(browser, invalid).enter("06 12 34 56 06", "0612345606");
        assertThat(gateway.lastMessage()).containsEntry("to", "+212612345606");
        assertThat(attributes(userNow(user))).doesNotContainKey("phone_number");

        Browser.Page back = enterCode(phoneCode, gateway.lastCode());
        assertThat(back.redirectParameters()).containsKey("code");

        UserRepresentation enrolled = userNow(user);
        assertThat(enrolled.getEmail()).isEqualTo(newEmail);
        assertThat(enrolled.isEmailVerified()).isTrue();
        assertThat(attributes(enrolled)).containsEntry("phone_number", List.of("+212612345606"))
                .containsEntry("phone_number_verified", List.of("true"));
    }

    @Test
    void anAbandonedEnrolmentLeavesTheAccountAsItWas() {
        UserRepresentation user = TestUsers.create(realm, TestUsers.uniqueName("abandon"), null, false, Map.of());
        Browser.Page emailForm = password(browser.open(testClient(ENROL_CLIENT).newAttempt().authorizationUrl()), user);
        String address = TestUsers.uniqueName("never") + "@bawaba.example";

        Browser.Page codePage = ContactPage.on(browser, emailForm).enter(address, address);
        assertThat(codePage.document().select("#code")).isNotEmpty();
        enterCode(codePage, "999999");

        UserRepresentation after = userNow(user);
        assertThat(after.getEmail()).isNull();
        assertThat(after.isEmailVerified()).isFalse();
        assertThat(attributes(after)).doesNotContainKey("phone_number");
    }

    @Test
    void theSmsCodeDoublesAsTheProvisionalPassword() {
        String username = TestUsers.uniqueName("cimr");
        UserRepresentation user = TestUsers.create(realm, username, username + "@bawaba.example", true, Map.of());
        Browser.Page numberForm = password(browser.open(testClient(PROVISIONAL_CLIENT).newAttempt().authorizationUrl()), user);
        Browser.Page codePage = ContactPage.on(browser, numberForm).enter("0612345609", "0612345609");
        String code = gateway.lastCode();

        Browser.Page change = enterCode(codePage, code);
        assertThat(UpdatePasswordPage.isShownOn(change)).as("the provisional password must be changed").isTrue();

        RelyingParty shipped = testClient(SHIPPED_FLOW_CLIENT);
        Browser oldPassword = new Browser(urls.getBase());
        Browser.Page refused = PasswordSignInPage.open(oldPassword, shipped.newAttempt().authorizationUrl())
                .signIn(username, TestUsers.PASSWORD);
        assertThat(refused.leftBroker()).isFalse();
        assertThat(UpdatePasswordPage.isShownOn(refused)).isFalse();
        assertThat(CodePage.isShownOn(refused)).as("no code step after a refused password").isFalse();
        assertThat(PasswordSignInPage.isShownOn(refused)).as("the password form again").isTrue();

        // The number just verified is now the account's: the shipped flow asks for a code by SMS after the password.
        Browser withCode = new Browser(urls.getBase());
        CodePage signInCode = CodePage.on(withCode, PasswordSignInPage.open(withCode, shipped.newAttempt().authorizationUrl())
                .signIn(username, code));
        assertThat(gateway.lastMessage()).containsEntry("to", "+212612345609");
        Browser.Page forced = signInCode.enter(gateway.lastCode());
        assertThat(forced.leftBroker()).isFalse();
        assertThat(UpdatePasswordPage.isShownOn(forced)).isTrue();
    }

    @Test
    void theDevelopmentOutboxDoesNotExistWhenARealGatewayIsConfigured() throws Exception {
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(urls.getBase() + "/realms/" + ACCOUNT + "/dev-sms-outbox/messages")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
    }

    @Test
    void noCodeAppearsInTheServerLogOrTheEventsOfAnyRealm() throws Exception {
        List<String> codes = new ArrayList<>();
        UserRepresentation bySms = userWithVerifiedPhone("+212612345607");
        Browser.Page smsCodePage = password(browser.open(testClient(SMS_CLIENT).newAttempt().authorizationUrl()), bySms);
        codes.add(gateway.lastCode());
        assertThat(enterCode(smsCodePage, codes.get(0)).redirectParameters()).containsKey("code");

        UserRepresentation byEmail = TestUsers.create(realm, TestUsers.uniqueName("otp-mail"),
                TestUsers.uniqueName("otp") + "@bawaba.example", true, Map.of());
        int mailsBefore = mail.getReceivedMessages().length;
        Browser emailBrowser = new Browser(urls.getBase());
        Browser.Page emailCodePage = PasswordSignInPage.open(emailBrowser, testClient(EMAIL_CLIENT).newAttempt().authorizationUrl())
                .signIn(byEmail);
        assertThat(mail.waitForIncomingEmail(mailsBefore + 1)).isTrue();
        codes.add(codeIn(mail.getLastReceivedMessage()));
        assertThat(CodePage.on(emailBrowser, emailCodePage).enter(codes.get(1)).redirectParameters()).containsKey("code");

        UserRepresentation enrols = TestUsers.create(realm, TestUsers.uniqueName("enrol"), null, false, Map.of());
        String address = TestUsers.uniqueName("enrolled") + "@bawaba.example";
        Browser enrolBrowser = new Browser(urls.getBase());
        ContactPage emailForm = ContactPage.on(enrolBrowser, PasswordSignInPage.open(enrolBrowser,
                testClient(ENROL_CLIENT).newAttempt().authorizationUrl()).signIn(enrols));
        int beforeEnrolment = mail.getReceivedMessages().length;
        CodePage emailEnrolment = CodePage.on(enrolBrowser, emailForm.enter(address, address));
        assertThat(mail.waitForIncomingEmail(beforeEnrolment + 1)).isTrue();
        codes.add(codeIn(mail.getLastReceivedMessage()));
        ContactPage phoneForm = ContactPage.on(enrolBrowser, emailEnrolment.enter(codes.get(2)));
        CodePage phoneEnrolment = CodePage.on(enrolBrowser, phoneForm.enter("0612345611", "0612345611"));
        codes.add(gateway.lastCode());
        assertThat(phoneEnrolment.enter(codes.get(3)).redirectParameters()).containsKey("code");

        // Every realm's sign-in events, and the server log with Keycloak's own event logging and Bawaba's debug lines.
        String log = ServerLog.read();
        assertThat(log).as("the log holds this test's sign-ins (event logging is on)").contains(bySms.getId(), byEmail.getId(), enrols.getId());
        List<String> recorded = new ArrayList<>();
        for (RealmRepresentation each : admin.realms().findAll()) {
            admin.realm(each.getRealm()).getEvents(null, null, null, null, null, null, 0, 10_000)
                    .forEach(event -> recorded.add(String.valueOf(event.getDetails()) + " " + event.getError()));
            admin.realm(each.getRealm()).getAdminEvents(null, null, null, null, null, null, null, null, 0, 10_000)
                    .forEach(event -> recorded.add(event.getResourcePath() + " " + event.getRepresentation()));
        }
        assertThat(admin.realm(ACCOUNT).getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, 0, 10_000))
                .as("the account realm records the code steps as events")
                .anyMatch(e -> "bawaba-otp".equals(e.getDetails() == null ? null : e.getDetails().get("custom_required_action")));
        for (String code : codes) {
            assertThat(ServerLog.holds(log, code)).as("code %s in the server log", code).isFalse();
            assertThat(recorded).as("code %s in an event", code).noneMatch(text -> ServerLog.holds(text, code));
        }
    }

    private UserRepresentation userWithVerifiedPhone(String number) {
        String username = TestUsers.uniqueName("otp-sms");
        return TestUsers.create(realm, username, username + "@bawaba.example", false,
                Map.of("phone_number", List.of(number), "phone_number_verified", List.of("true")));
    }

    private static Map<String, List<String>> attributes(UserRepresentation user) {
        return user.getAttributes() == null ? Map.of() : user.getAttributes();
    }

    private UserRepresentation userNow(UserRepresentation user) {
        return realm.users().get(user.getId()).toRepresentation();
    }

    private RelyingParty testClient(String clientId) {
        return new RelyingParty(urls.getBase() + "/realms/" + ACCOUNT, clientId, null, AdminFlows.TEST_REDIRECT);
    }

    private Browser.Page password(Browser.Page login, UserRepresentation user) {
        return PasswordSignInPage.on(browser, login).signIn(user);
    }

    private Browser.Page enterCode(Browser.Page page, String code) {
        return CodePage.on(browser, page).enter(code);
    }

    private static String errorText(Browser.Page page) {
        return Pages.messages(page);
    }

    private static String codeIn(MimeMessage message) throws Exception {
        Object content = message.getContent();
        String text = content instanceof String s ? s : String.valueOf(((jakarta.mail.Multipart) content).getBodyPart(0).getContent());
        Matcher matcher = EMAIL_CODE.matcher(text);
        assertThat(matcher.find()).as("a code in the email").isTrue();
        return matcher.group(1);
    }
}
