package org.bawaba.broker.e2e.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.MasterAdministrator;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.ServerLog;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.bawaba.broker.e2e.support.pages.UpdatePasswordPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Temporary passwords (J2, J3) on the real server, in the account realm where local passwords live: issued by
 * the admin endpoint and mailed (GreenMail), the forced change under the realm's policy in fr/ar/en, expiry at
 * 72 hours on Keycloak's clock, self-service and admin re-issue, and no token-endpoint path that accepts one.
 * Sign-ins go through the realm's shipped browser flow, account-browser: the test users have a verified email,
 * so an accepted password is followed by a code by email, which the tests read from GreenMail.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class TemporaryPasswordIT {

    private static final String ACCOUNT = "account";
    private static final String ACCOUNT_BROWSER_FLOW = "account-browser";
    /** A public test client of the account realm that signs in with its shipped browser flow. */
    private static final String SIGN_IN_CLIENT = "test-temporary-password";
    /** The account realm's shipped client (demo-only secret, as in account-realm.json). */
    private static final String FRONT_DOOR_CLIENT = "bawaba-front-door";
    private static final String FRONT_DOOR_SECRET = "demo-only-account-broker-secret";
    private static final String OC_POLICY = "length(8) and maxLength(128) and regexPattern(.*\\p{L}.*) and digits(1) "
            + "and specialChars(1) and notUsername and notEmail and passwordHistory(6)";

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> createdUsers = new ArrayList<>();
    private final List<String> createdClients = new ArrayList<>();
    private ServerClock clock;
    private RelyingParty signInClient;

    @BeforeEach
    void setUp() {
        clock = new ServerClock(urls.getBase());
        new AdminFlows(realm()).clientBoundTo(SIGN_IN_CLIENT, ACCOUNT_BROWSER_FLOW, Map.of());
        signInClient = new RelyingParty(issuer(), SIGN_IN_CLIENT, null, AdminFlows.TEST_REDIRECT);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        createdUsers.forEach(id -> realm().users().delete(id).close());
        createdClients.forEach(id -> realm().clients().get(id).remove());
    }

    @ParameterizedTest(name = "email in {0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void adminIssuesATemporaryPasswordThatArrivesByEmailOnce(String locale) {
        TestUser user = newUser(locale);

        HttpResponse<String> response = issueAsAdmin(user.id, admin.tokenManager().getAccessTokenString());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        TemporaryPasswordMail email = TemporaryPasswordMail.awaitFor(mail, user.email, 0);
        assertThat(email.subject()).isEqualTo(Map.of(
                "fr", "Bawaba — votre mot de passe provisoire",
                "ar", "«بوابة» — كلمة المرور المؤقتة",
                "en", "Bawaba — your temporary password").get(locale));
        assertThat(email.login()).isEqualTo(user.username);
        assertThat(email.password()).hasSize(14).matches("[A-HJ-NP-Za-kmnp-z2-9#%+=?@!-]+");
        assertThat(email.html().selectFirst("html").attr("dir")).isEqualTo("ar".equals(locale) ? "rtl" : "ltr");
        assertThat(email.text()).contains(user.username).contains(email.password()).contains("72");
        assertThat(ServerLog.read()).as("never logged").doesNotContain(email.password());

        UserRepresentation stored = realm().users().get(user.id).toRepresentation();
        assertThat(stored.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
        List<CredentialRepresentation> credentials = realm().users().get(user.id).credentials();
        assertThat(credentials).singleElement().satisfies(c -> {
            assertThat(c.getType()).isEqualTo("password");
            assertThat(c.getCreatedDate()).isNotNull();
        });
        assertThat(String.valueOf(stored.getAttributes())).doesNotContain(email.password());
        List<AdminEventRepresentation> adminEvents = realm().getAdminEvents(List.of("ACTION"), null, null, null, null,
                "users/" + user.id + "/temporary-password", null, null, 0, 10);
        assertThat(adminEvents).isNotEmpty().allSatisfy(e -> assertThat(String.valueOf(e.getRepresentation()))
                .doesNotContain(email.password()));
    }

    /** The temporary-password pages a person sees, in a real browser: language, direction, axe-core, screenshots. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void theTemporaryPasswordPagesAreAccessible(String locale) {
        TestUser user = newUser(locale);
        String temporary = issue(user);
        try (HeadlessChromium chromium = new HeadlessChromium(locale)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "temporary-password", locale);
            chromium.open(signInClient.newAttempt().with("ui_locales", locale).authorizationUrl());
            journey.arriveAt("password", "#kc-form-login");
            int codesBefore = TemporaryPasswordMail.countCodesFor(mail, user.email);
            journey.type("#username", user.username);
            journey.type("#password", temporary);
            journey.click("#kc-login");
            journey.arriveAt("code", "#bawaba-code-form");
            journey.type("#code", TemporaryPasswordMail.awaitCodeFor(mail, user.email, codesBefore));
            journey.click("#bawaba-code-submit");
            journey.arriveAt("update-password", "#kc-passwd-update-form");
        }

        TestUser late = newUser(locale);
        String expired = issue(late);
        clock.advance(Duration.ofHours(73));
        try (HeadlessChromium chromium = new HeadlessChromium(locale)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "temporary-password", locale);
            chromium.open(signInClient.newAttempt().with("ui_locales", locale).authorizationUrl());
            journey.arriveAt("password-again", "#kc-form-login");
            journey.type("#username", late.username);
            journey.type("#password", expired);
            journey.click("#kc-login");
            journey.arriveAt("expired", "#bawaba-temporary-password-expired");
        } finally {
            clock.reset();
        }
    }

    @Test
    void adminEndpointNeedsAnAdministratorWhoMayManageTheUser() {
        TestUser user = newUser("fr");

        assertThat(issueAsAdmin(user.id, null).statusCode()).isEqualTo(401);
        assertThat(issueAsAdmin(user.id, "not-a-token").statusCode()).isEqualTo(401);
        assertThat(issueAsAdmin(UUID.randomUUID().toString(), admin.tokenManager().getAccessTokenString()).statusCode())
                .isEqualTo(404);

        MasterAdministrator viewer = MasterAdministrator.create(admin, urls.getBase(), "bawaba");
        try {
            assertThat(issueAsAdmin(user.id, viewer.token()).statusCode()).isEqualTo(403);
        } finally {
            viewer.delete(admin);
        }
        assertThat(TemporaryPasswordMail.countFor(mail, user.email)).isZero();
    }

    @ParameterizedTest(name = "policy messages in {0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void firstSignInForcesAChangeUnderTheRealmPolicy(String locale) {
        TestUser user = newUser(locale);
        String temporary = issue(user);
        Browser browser = new Browser(urls.getBase()).acceptLanguage(locale);

        Browser.Page change = signInWithCode(browser, locale, user, temporary);
        assertThat(change.leftBroker()).as("no authorization code before the password is changed").isFalse();
        assertThat(UpdatePasswordPage.isShownOn(change)).isTrue();
        assertThat(change.document().selectFirst("html").attr("dir")).isEqualTo("ar".equals(locale) ? "rtl" : "ltr");

        PolicyMessages expected = PolicyMessages.of(locale);
        change = refused(browser, change, "Ab1!", expected.minLength);
        change = refused(browser, change, "abcdefgh1", expected.specialChars);
        change = refused(browser, change, "12345678!", expected.letter);
        change = refused(browser, change, "abcdefgh!", expected.digits);
        change = refused(browser, change, user.username, expected.notUsername);
        change = refused(browser, change, temporary, expected.history);

        String chosen = "Nouveau-" + UUID.randomUUID().toString().substring(0, 6) + "9";
        Browser.Page back = UpdatePasswordPage.on(browser, change).choose(chosen);
        assertThat(back.redirectParameters()).containsKey("code");
        assertThat(realm().users().get(user.id).toRepresentation().getRequiredActions()).isEmpty();

        Browser.Page withTemporary = signIn(new Browser(urls.getBase()), locale, user, temporary);
        assertThat(withTemporary.leftBroker()).isFalse();
        assertThat(PasswordSignInPage.isShownOn(withTemporary)).as("temporary password no longer works").isTrue();
        assertThat(signInWithCode(new Browser(urls.getBase()), locale, user, chosen).redirectParameters()).containsKey("code");
    }

    @Test
    void cnopsStylePolicyAsksForAnUpperCaseLetterAndADigitOnly() {
        RealmRepresentation settings = new RealmRepresentation();
        settings.setPasswordPolicy("length(8) and maxLength(128) and upperCase(1) and digits(1) and notUsername "
                + "and notEmail and passwordHistory(6)");
        realm().update(settings);
        try {
            TestUser user = newUser("fr");
            String temporary = issue(user);
            Browser browser = new Browser(urls.getBase());
            Browser.Page change = signInWithCode(browser, "fr", user, temporary);

            change = refused(browser, change, "abcdefg1", "doit contenir au moins 1 lettre(s) en majuscule");
            change = refused(browser, change, "Abcdefgh", "doit contenir au moins 1 chiffre(s)");
            Browser.Page back = UpdatePasswordPage.on(browser, change).choose("Cnops2026");
            assertThat(back.redirectParameters()).containsKey("code");
        } finally {
            RealmRepresentation restore = new RealmRepresentation();
            restore.setPasswordPolicy(OC_POLICY);
            realm().update(restore);
        }
    }

    @Test
    void aTemporaryPasswordStillSignsInAt71Hours() {
        TestUser user = newUser("fr");
        String temporary = issue(user);

        clock.advance(Duration.ofHours(71));
        Browser.Page change = signInWithCode(new Browser(urls.getBase()), "fr", user, temporary);

        assertThat(UpdatePasswordPage.isShownOn(change)).isTrue();
    }

    @ParameterizedTest(name = "expiry message in {0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void at73HoursItIsRefusedWithTheExpiryMessageAndAnEvent(String locale) {
        TestUser user = newUser(locale);
        String temporary = issue(user);
        List<CredentialRepresentation> before = realm().users().get(user.id).credentials();

        clock.advance(Duration.ofHours(73));
        Browser.Page expired = signIn(new Browser(urls.getBase()).acceptLanguage(locale), locale, user, temporary);
        clock.reset();

        assertThat(expired.leftBroker()).isFalse();
        assertThat(expired.document().select("#bawaba-temporary-password-expired")).isNotEmpty();
        assertThat(expired.document().text()).contains(Map.of(
                "fr", "Votre mot de passe provisoire a expiré : il n’est valable que 72 heures.",
                "ar", "انتهت صلاحية كلمة المرور المؤقتة: فهي صالحة لمدة \u206672\u2069 ساعة فقط.",
                "en", "Your temporary password has expired: it is valid for 72 hours only.").get(locale));
        assertThat(expired.document().select("#bawaba-reissue")).isNotEmpty();
        assertThat(TemporaryPasswordMail.countCodesFor(mail, user.email)).as("no code step after an expired password").isZero();

        List<EventRepresentation> events = realm().getEvents(List.of("LOGIN_ERROR"), null, user.id, null, null, null, 0, 10);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getError()).isEqualTo("temporary_password_expired");
            assertThat(e.getDetails()).containsEntry("temporary_password_max_age_hours", "72")
                    .containsKey("temporary_password_issued_at");
        });
        assertThat(realm().getEvents(null, null, user.id, null, null, null, 0, 100))
                .allSatisfy(e -> assertThat(String.valueOf(e.getDetails())).doesNotContain(temporary));

        UserRepresentation after = realm().users().get(user.id).toRepresentation();
        assertThat(after.isEnabled()).as("account left intact").isTrue();
        assertThat(realm().users().get(user.id).credentials()).extracting(CredentialRepresentation::getId)
                .containsExactlyElementsOf(before.stream().map(CredentialRepresentation::getId).toList());
        assertThat(realm().attackDetection().bruteForceUserStatus(user.id)).containsEntry("numFailures", 0);
    }

    @Test
    void noTokenEndpointGrantAcceptsATemporaryPassword() {
        TestUser user = newUser("fr");
        String temporary = issue(user);

        // The shipped client has no password grant at all (and authenticates: the refusal is about the grant).
        RelyingParty frontDoor = new RelyingParty(issuer(), FRONT_DOOR_CLIENT, FRONT_DOOR_SECRET,
                urls.getBase() + "/realms/bawaba/broker/account/endpoint");
        RelyingParty.Json shipped = frontDoor.tokenRequest(Map.of(
                "grant_type", "password", "username", user.username, "password", temporary, "scope", "openid"));
        assertThat(shipped.string("error")).isEqualTo("unauthorized_client");
        assertThat(shipped.string("error_description")).isEqualTo("Client not allowed for direct access grants");

        // A client that enables it runs the realm's direct-grant flow, whose guard refuses temporary passwords.
        RelyingParty directClient = directGrantClient();
        RelyingParty.Json fresh = directClient.tokenRequest(Map.of(
                "grant_type", "password", "username", user.username, "password", temporary));
        assertThat(fresh.status()).isEqualTo(400);
        assertThat(fresh.string("error")).isEqualTo("invalid_grant");
        assertThat(fresh.body()).doesNotContainKey("access_token");

        clock.advance(Duration.ofHours(73));
        RelyingParty.Json expired = directClient.tokenRequest(Map.of(
                "grant_type", "password", "username", user.username, "password", temporary));
        clock.reset();
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.string("error_description")).isEqualTo("Temporary password expired");
        assertThat(realm().getEvents(List.of("LOGIN_ERROR"), null, user.id, null, null, null, 0, 10))
                .anySatisfy(e -> assertThat(e.getError()).isEqualTo("temporary_password_expired"));
    }

    @Test
    void onceExpiredThePersonGetsANewOneByEmailFromTheExpiryPage() {
        TestUser user = newUser("fr");
        String expiredPassword = issue(user);

        clock.advance(Duration.ofHours(73));
        Browser browser = new Browser(urls.getBase());
        Browser.Page expired = signIn(browser, "fr", user, expiredPassword);
        Browser.Page login = browser.submit(expired, "#bawaba-reissue-form", Map.of("bawaba-reissue-temporary-password", ""));

        assertThat(PasswordSignInPage.isShownOn(login)).isTrue();
        assertThat(login.document().text()).contains("Un nouveau mot de passe provisoire a été envoyé à t***@");
        String fresh = TemporaryPasswordMail.awaitFor(mail, user.email, 1).password();
        assertThat(fresh).isNotEqualTo(expiredPassword);

        int codesBefore = TemporaryPasswordMail.countCodesFor(mail, user.email);
        Browser.Page codePage = PasswordSignInPage.on(browser, login).signIn(user.username, fresh);
        Browser.Page change = enterEmailCode(browser, codePage, user, codesBefore);
        assertThat(UpdatePasswordPage.isShownOn(change)).isTrue();
        // A replayed request sends nothing more.
        browser.submit(expired, "#bawaba-reissue-form", Map.of("bawaba-reissue-temporary-password", ""));
        clock.reset();
        assertThat(TemporaryPasswordMail.countFor(mail, user.email)).isEqualTo(2);
        Browser.Page old = signIn(new Browser(urls.getBase()), "fr", user, expiredPassword);
        assertThat(old.document().select("#bawaba-temporary-password-expired")).isEmpty();
        assertThat(PasswordSignInPage.isShownOn(old)).isTrue();
    }

    @Test
    void adminReissueReplacesThePreviousTemporaryPassword() {
        TestUser user = newUser("fr");
        String first = issue(user);
        String second = issue(user);

        assertThat(second).isNotEqualTo(first);
        assertThat(PasswordSignInPage.isShownOn(signIn(new Browser(urls.getBase()), "fr", user, first)))
                .as("the first one no longer works").isTrue();
        assertThat(UpdatePasswordPage.isShownOn(signInWithCode(new Browser(urls.getBase()), "fr", user, second))).isTrue();
    }

    // --- helpers

    private record TestUser(String id, String username, String email) {
    }

    private record PolicyMessages(String minLength, String specialChars, String letter, String digits, String notUsername,
                                  String history) {
        static PolicyMessages of(String locale) {
            // Keycloak formats numbers for the locale: Arabic-Indic digits in Arabic.
            return switch (locale) {
                case "fr" -> new PolicyMessages("longueur minimale de 8", "au moins 1 caractère(s) spéciaux",
                        "il doit contenir au moins une lettre", "au moins 1 chiffre(s)",
                        "ne doit pas être identique à l’identifiant", "ne doit pas être égal aux 6 derniers mots de passe");
                case "ar" -> new PolicyMessages("الحد الأدنى للطول ٨", "يجب أن تحتوي على ١ رموز على الأقل",
                        "يجب أن تحتوي على حرف واحد على الأقل", "يجب أن تحتوي على ١ أرقام على الأقل",
                        "يجب ألا تكون مطابقة للمعرّف", "يجب ألا تكون مطابقة لأي من كلمات المرور الـ ٦ الأخيرة");
                default -> new PolicyMessages("minimum length 8", "at least 1 special characters",
                        "must contain at least one letter", "at least 1 numerical digits",
                        "must not be the same as your login", "must not be equal to any of last 6 passwords");
            };
        }
    }

    private Browser.Page refused(Browser browser, Browser.Page change, String candidate, String message) {
        Browser.Page again = UpdatePasswordPage.on(browser, change).choose(candidate);
        assertThat(again.leftBroker()).as("refused: %s", candidate).isFalse();
        assertThat(UpdatePasswordPage.isShownOn(again)).isTrue();
        assertThat(again.document().text()).as("message for %s", candidate).contains(message);
        return again;
    }

    /** Opens the account realm's login page through the shipped flow and submits the password; the page that follows. */
    private Browser.Page signIn(Browser browser, String locale, TestUser user, String password) {
        return PasswordSignInPage.open(browser, signInClient.newAttempt().with("ui_locales", locale).authorizationUrl())
                .signIn(user.username, password);
    }

    /** Signs in with a password the form accepts, then types the code the shipped flow emails; the page after the code. */
    private Browser.Page signInWithCode(Browser browser, String locale, TestUser user, String password) {
        int codesBefore = TemporaryPasswordMail.countCodesFor(mail, user.email);
        return enterEmailCode(browser, signIn(browser, locale, user, password), user, codesBefore);
    }

    private Browser.Page enterEmailCode(Browser browser, Browser.Page codePage, TestUser user, int codesBefore) {
        CodePage step = CodePage.on(browser, codePage);
        return step.enter(TemporaryPasswordMail.awaitCodeFor(mail, user.email, codesBefore));
    }

    private TestUser newUser(String locale) {
        // Letters, a digit and a special character: the username itself passes the other rules, so
        // that "notUsername" is what refuses it.
        String username = "tp-" + UUID.randomUUID().toString().substring(0, 8) + "x7";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@bawaba.example");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Test");
        user.setLastName("Temporaire");
        user.setAttributes(Map.of("locale", List.of(locale)));
        try (Response response = realm().users().create(user)) {
            assertThat(response.getStatus()).isEqualTo(201);
            String path = response.getLocation().getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            createdUsers.add(id);
            return new TestUser(id, username, user.getEmail());
        }
    }

    private String issue(TestUser user) {
        int before = TemporaryPasswordMail.countFor(mail, user.email);
        assertThat(issueAsAdmin(user.id, admin.tokenManager().getAccessTokenString()).statusCode()).isEqualTo(204);
        return TemporaryPasswordMail.awaitFor(mail, user.email, before).password();
    }

    private HttpResponse<String> issueAsAdmin(String userId, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        issuer() + "/bawaba-admin/users/" + userId + "/temporary-password"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    private RelyingParty directGrantClient() {
        String clientId = "tp-direct-" + UUID.randomUUID().toString().substring(0, 8);
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        try (Response response = realm().clients().create(client)) {
            assertThat(response.getStatus()).isEqualTo(201);
            String path = response.getLocation().getPath();
            createdClients.add(path.substring(path.lastIndexOf('/') + 1));
        }
        return new RelyingParty(issuer(), clientId, null, "http://localhost:8090/unused");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    private String issuer() {
        return urls.getBase() + "/realms/" + ACCOUNT;
    }

    private RealmResource realm() {
        return admin.realm(ACCOUNT);
    }
}
