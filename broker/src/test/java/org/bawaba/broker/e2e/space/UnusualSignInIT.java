package org.bawaba.broker.e2e.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.REALM;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.ReceivedMail;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.ServerLog;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Unusual sign-in (providers/device-alert) on the real server: the front door remembers the browsers an account signs
 * in from (cookie BAWABA_DEVICE, fingerprints in bawaba_devices); a sign-in from another browser mails the person
 * (GreenMail) in their language, and the mail's "this was not me" link ends every session, records an event and opens
 * a case on the operators' list (admin endpoint bawaba-security-cases).
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class UnusualSignInIT {

    private static final String DEVICE_COOKIE = "BAWABA_DEVICE";
    private static final String DEVICE_COOKIE_PATH = "/realms/" + REALM + "/";
    private static final String KNOWN_DEVICES = "bawaba_devices";
    private static final String KNOWN_DEVICES_ORDER = "bawaba_devices_order";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> masterUsers = new ArrayList<>();
    private RelyingParty oc;
    private ServerClock clock;

    @BeforeEach
    void setUp() {
        oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        clock = new ServerClock(urls.getBase());
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        masterUsers.forEach(id -> admin.realm("master").users().delete(id).close());
    }

    @Test
    void aSignInFromANewBrowserIsToldAndThisWasNotMeEndsEverySession() throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser first = new Browser(urls.getBase());

        signIn(first, holder, true);

        String frontDoorUser = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0).getId();
        String firstDevice = first.cookie(DEVICE_COOKIE, DEVICE_COOKIE_PATH).orElseThrow(() ->
                new AssertionError("the cookie set by the LOGIN event listener reached the browser"));
        assertThat(knownDevices(frontDoorUser)).as("the first sign-in only remembers the browser")
                .containsExactly(fingerprint(firstDevice));
        assertThat(alertsTo(holder.getEmail())).as("no alert for an account's first sign-in").isEmpty();

        Browser second = new Browser(urls.getBase());
        signIn(second, holder, false);

        String secondDevice = second.cookie(DEVICE_COOKIE, DEVICE_COOKIE_PATH).orElseThrow();
        assertThat(secondDevice).isNotEqualTo(firstDevice);
        assertThat(knownDevices(frontDoorUser)).containsExactly(fingerprint(secondDevice), fingerprint(firstDevice));
        Alert alert = awaitAlerts(holder.getEmail(), 1).get(0);
        assertThat(realm().users().get(frontDoorUser).toRepresentation().getAttributes().get("locale"))
                .as("the account's language").containsExactly("ar");
        assertThat(alert.subject()).isEqualTo("«بوابة» — تسجيل دخول جديد إلى حسابك");
        assertThat(alert.html().selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(alert.html().selectFirst("#bawaba-sign-in-service").text()).isEqualTo("مكتب الصرف — OC CONNECT");
        assertThat(alert.html().selectFirst("#bawaba-sign-in-provider").text()).isEqualTo("حساب «بوابة»");
        assertThat(alert.html().selectFirst("#bawaba-sign-in-time").text()).matches(".*\\d{4}.*\\d{1,2}:\\d{2}.*");
        assertThat(alert.text()).contains("إذا كنت أنت، فلا داعي لفعل أي شيء.").contains(alert.link());
        assertThat(alert.text()).as("never the address of the sign-in").doesNotContain("127.0.0.1");
        assertThat(alert.html().selectFirst("#bawaba-space-link").attr("href")).as("where the person sees their sessions")
                .isEqualTo(urls.getBase() + "/realms/bawaba/bawaba-space/sessions?kc_locale=ar");

        Browser.Page silent = first.open(oc.newAttempt().authorizationUrl());
        assertThat(silent.redirectParameters()).as("single sign-on on the first browser").containsKey("code");
        assertThat(alertsTo(holder.getEmail())).as("a known browser is not unusual").hasSize(1);
        assertThat(knownDevices(frontDoorUser)).containsExactly(fingerprint(firstDevice), fingerprint(secondDevice));

        // The mail's link, opened by a scanner or the person: GET shows one button and ends nothing.
        Browser mailReader = new Browser(urls.getBase());
        Browser.Page confirm = mailReader.open(alert.link());
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.document().selectFirst("#bawaba-not-me").attr("data-state")).isEqualTo("confirm");
        assertThat(confirm.document().selectFirst("html").attr("dir")).as("in the mail's language").isEqualTo("rtl");
        assertThat(confirm.document().select("#bawaba-not-me-form button")).hasSize(1);
        assertThat(realm().users().get(frontDoorUser).getUserSessions()).as("a GET ends nothing").hasSize(2);

        Browser.Page tampered = mailReader.open(tamper(alert.link()));
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.document().selectFirst("#bawaba-not-me").attr("data-state")).isEqualTo("invalid");

        Browser.Page crossSite = new Browser(urls.getBase()).submit(confirm, "#bawaba-not-me-form", Map.of());
        assertThat(crossSite.document().selectFirst("#bawaba-not-me").attr("data-state"))
                .as("a post without the page's same-site cookie does nothing").isEqualTo("confirm");
        assertThat(realm().users().get(frontDoorUser).getUserSessions()).hasSize(2);

        Browser.Page done = mailReader.submit(confirm, "#bawaba-not-me-form", Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.document().selectFirst("#bawaba-not-me").attr("data-state")).isEqualTo("done");
        assertThat(realm().users().get(frontDoorUser).getUserSessions()).as("every session ended").isEmpty();
        assertThat(realm().users().get(frontDoorUser).getOfflineSessions(realm().clients()
                .findByClientId(OC_CONNECT).get(0).getId())).isEmpty();
        Browser.Page again = first.open(oc.newAttempt().authorizationUrl());
        assertThat(again.leftBroker()).as("the first browser's single sign-on is gone").isFalse();
        assertThat(ChooserPage.isShownOn(again)).isTrue();

        List<EventRepresentation> events = realm().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, frontDoorUser,
                null, null, null, 0, 10);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getDetails()).containsEntry("custom_required_action", "bawaba-not-me")
                    .containsEntry("reported_client", OC_CONNECT).containsEntry("identity_provider", Providers.ACCOUNT);
            assertThat(String.valueOf(event.getDetails())).doesNotContain(holder.getEmail());
        });

        JsonNode reported = openCaseOf(frontDoorUser, admin.tokenManager().getAccessTokenString());
        assertThat(reported.get("clientId").asText()).isEqualTo(OC_CONNECT);
        assertThat(reported.get("identityProvider").asText()).isEqualTo(Providers.ACCOUNT);
        assertThat(reported.get("deviceFingerprint").asText()).as("the browser of the reported sign-in")
                .isEqualTo(fingerprint(secondDevice));
        assertThat(reported.get("status").asText()).isEqualTo("open");
        assertThat(events.get(0).getDetails()).containsEntry("bawaba_case", reported.get("id").asText());

        Browser.Page usedGet = mailReader.open(alert.link());
        assertThat(usedGet.status()).isEqualTo(410);
        assertThat(usedGet.document().selectFirst("#bawaba-not-me").attr("data-state")).isEqualTo("used");
        Browser.Page usedPost = mailReader.submit(confirm, "#bawaba-not-me-form", Map.of());
        assertThat(usedPost.document().selectFirst("#bawaba-not-me").attr("data-state")).isEqualTo("used");
        assertThat(realm().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, frontDoorUser, null, null, null, 0, 10))
                .as("used once").hasSize(1);

        String viewer = operatorToken("view-users");
        assertThat(openCaseOf(frontDoorUser, viewer).get("id").asText()).isEqualTo(reported.get("id").asText());
        assertThat(closeCase(reported.get("id").asText(), viewer).statusCode()).as("closing needs manage-users")
                .isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(casesUri()).GET(), operatorToken(null)).statusCode())
                .as("listing needs view-users").isEqualTo(403);
        HttpResponse<String> closed = closeCase(reported.get("id").asText(), operatorToken("manage-users"));
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(closed.body()).get("status").asText()).isEqualTo("closed");
        assertThat(JSON.readTree(closed.body()).get("closedBy").asText()).isNotBlank();
        assertThat(openCases(admin.tokenManager().getAccessTokenString()))
                .noneMatch(c -> c.get("userId").asText().equals(frontDoorUser));

        String linkToken = alert.link().substring(alert.link().lastIndexOf('/') + 1, alert.link().indexOf('?'));
        assertThat(ServerLog.read()).as("no browser identifier, no link logged").doesNotContain(firstDevice)
                .doesNotContain(secondDevice).doesNotContain(linkToken);
    }

    @Test
    void anExpiredLinkSaysSoThePageReadsInEveryLanguageAndTheCasesGoWithTheAccount() throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        signIn(new Browser(urls.getBase()), holder, true);
        signIn(new Browser(urls.getBase()), holder, false);
        Alert alert = awaitAlerts(holder.getEmail(), 1).get(0);
        String frontDoorUser = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0).getId();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        Browser.Page expired = new Browser(urls.getBase()).open(alert.link());
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.document().selectFirst("#bawaba-not-me").attr("data-state")).isEqualTo("expired");
        clock.reset();

        // The page in each language, in a real browser (direction, axe-core, screenshots); the last one confirms.
        for (String language : List.of("fr", "en", "ar")) {
            try (HeadlessChromium chromium = new HeadlessChromium(language)) {
                JourneyInChromium journey = new JourneyInChromium(chromium, "not-me", language);
                chromium.open(alert.link().replace("kc_locale=ar", "kc_locale=" + language));
                journey.arriveAt("confirm", "#bawaba-not-me-form");
                if (language.equals("ar")) {
                    journey.click("#bawaba-not-me-submit");
                    journey.arriveAt("done", "#bawaba-not-me-done");
                }
            }
        }
        String token = admin.tokenManager().getAccessTokenString();
        assertThat(openCases(token)).anyMatch(c -> c.get("userId").asText().equals(frontDoorUser));
        realm().users().delete(frontDoorUser).close();
        assertThat(openCases(token)).as("deleted with the account").noneMatch(c -> c.get("userId").asText().equals(frontDoorUser));
    }

    /** Signs in to OC CONNECT in Arabic through the account provider; the first time, with the consent page. */
    private void signIn(Browser browser, UserRepresentation holder, boolean firstTime) {
        Browser.Page back = Providers.signInWithAccount(browser, oc.newAttempt().authorizationUrl() + "&ui_locales=ar",
                holder, sms);
        back = firstTime ? Providers.agreeToShare(browser, back) : Providers.agreeToShareIfAsked(browser, back);
        assertThat(back.redirectParameters()).as("signed in:\n%s", back.body()).containsKey("code");
    }

    /** The browsers the account remembers, most recent first; the same fingerprints the chooser looks up. */
    private List<String> knownDevices(String userId) {
        Map<String, List<String>> attributes = realm().users().get(userId).toRepresentation().getAttributes();
        List<String> devices = attributes == null ? List.of() : attributes.getOrDefault(KNOWN_DEVICES, List.of());
        List<String> order = attributes == null || !attributes.containsKey(KNOWN_DEVICES_ORDER) ? List.of()
                : List.of(attributes.get(KNOWN_DEVICES_ORDER).get(0).split(","));
        assertThat(devices).as("bawaba_devices, in any order").containsExactlyInAnyOrderElementsOf(order);
        return order;
    }

    private RealmResource realm() {
        return admin.realm(REALM);
    }

    private static String fingerprint(String deviceId) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The link with one character of its token's signature changed. */
    private static String tamper(String link) {
        int query = link.indexOf('?');
        int at = query - 5;
        char changed = link.charAt(at) == 'A' ? 'B' : 'A';
        return link.substring(0, at) + changed + link.substring(at + 1);
    }

    private URI casesUri() {
        return URI.create(urls.getBase() + "/admin/realms/" + REALM + "/bawaba-security-cases");
    }

    private List<JsonNode> openCases(String token) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(casesUri()).GET(), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> cases = new ArrayList<>();
        JSON.readTree(response.body()).forEach(cases::add);
        return cases;
    }

    private JsonNode openCaseOf(String userId, String token) throws IOException {
        List<JsonNode> theirs = openCases(token).stream().filter(c -> c.get("userId").asText().equals(userId)).toList();
        assertThat(theirs).hasSize(1);
        return theirs.get(0);
    }

    private HttpResponse<String> closeCase(String id, String token) {
        return send(HttpRequest.newBuilder(URI.create(casesUri() + "/" + id + "/close"))
                .POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) {
        try {
            return http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** An operator of the master realm holding only this role of the front door's admin client (none: no role). */
    private String operatorToken(String role) {
        RealmResource master = admin.realm("master");
        String username = TestUsers.uniqueName("operator");
        String id = TestUsers.create(master, username, username + "@bawaba.example", true, Map.of()).getId();
        masterUsers.add(id);
        if (role != null) {
            String realmClient = master.clients().findByClientId(REALM + "-realm").get(0).getId();
            RoleRepresentation granted = master.clients().get(realmClient).roles().get(role).toRepresentation();
            master.users().get(id).roles().clientLevel(realmClient).add(List.of(granted));
        }
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(urls.getBase()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formEncode(Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", username, "password", TestUsers.PASSWORD)))), "none");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        try {
            return JSON.readTree(token.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private record Alert(String subject, String text, Document html) {

        String link() {
            return html.selectFirst("#bawaba-not-me-link").attr("href");
        }
    }

    private List<Alert> awaitAlerts(String to, int count) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<Alert> alerts = alertsTo(to);
            if (alerts.size() >= count) {
                assertThat(alerts).as("exactly %d alert(s)", count).hasSize(count);
                return alerts;
            }
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no unusual-sign-in email to " + to);
    }

    private List<Alert> alertsTo(String to) {
        return ReceivedMail.to(mail, to).stream().map(m -> new Alert(m.subject(), m.text(), m.html()))
                .filter(alert -> alert.html().selectFirst("#bawaba-not-me-link") != null).toList();
    }
}
