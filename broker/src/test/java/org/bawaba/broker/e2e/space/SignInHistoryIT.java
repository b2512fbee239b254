package org.bawaba.broker.e2e.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.MasterAdministrator;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.ServerLog;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.admin.AdminClientFactory;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectAdminClientFactory;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.testframework.config.Config;

/**
 * The person's sign-in history (providers/sign-in-history): each sign-in at the front door is kept with the service,
 * the provider, the level the service's {@code acr} named and the names of the claims it could receive, readable by
 * administrators allowed to view users, removed with the account and after the retention period.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class SignInHistoryIT {

    /** Claims about the token or the client: what a service receives with any sign-in, not what it learns of the person. */
    private static final Set<String> TOKEN_CLAIMS = Set.of("iss", "aud", "exp", "iat", "nbf", "jti", "typ", "azp",
            "nonce", "sid", "session_state", "scope", "at_hash", "c_hash", "s_hash", "allowed-origins", "cnf");

    /** oc-connect's scopes (basic, acr, amr, profile, email, pivot, pivot-birthplace) and their mappers, by name. */
    private static final List<String> OC_CONNECT_CLAIMS = List.of("acr", "amr", "auth_time", "birthcountry",
            "birthdate", "birthplace", "email", "email_verified", "family_name", "family_name_ar", "gender",
            "given_name", "given_name_ar", "preferred_username", "sub");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETENTION_RUNS = Duration.ofSeconds(20);

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    /** For admin clients that get their token while Keycloak's clock is moved (the injected one's looks expired then). */
    @InjectAdminClientFactory
    AdminClientFactory adminClients;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServerClock clock;
    private RelyingParty oc;

    @BeforeEach
    void setUp() {
        clock = new ServerClock(urls.getBase());
        oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachSignIn_isKeptWithTheServiceTheProviderTheLevelAndTheClaimNamesShared_andSignInsBySsoToo() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        Instant before = Instant.now().minusSeconds(1);

        RelyingParty.Attempt first = oc.newAttempt();
        Browser.Page consent = Providers.signInThroughChooser(browser, first.authorizationUrl(), holder, sms);
        Received firstReceived = receive(first, Providers.agreeToShare(browser, consent));

        String person = frontDoorAccount(holder);
        List<Map<String, Object>> history = historyOf(person);
        assertThat(history).hasSize(1);
        Map<String, Object> entry = history.get(0);
        assertThat(entry).containsEntry("clientId", OC_CONNECT).containsEntry("identityProvider", Providers.ACCOUNT);
        assertThat(Instant.parse((String) entry.get("time"))).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(entry.get("level")).as("the level the service's acr named").isNotNull()
                .isEqualTo(firstReceived.acr());
        assertThat(claims(entry)).as("the claim names of oc-connect's scopes").containsExactlyElementsOf(OC_CONNECT_CLAIMS);
        // The person has no usage name, so the service got every claim named but preferred_username.
        Set<String> withoutUsageName = new TreeSet<>(OC_CONNECT_CLAIMS);
        withoutUsageName.remove("preferred_username");
        assertThat(firstReceived.claimNames()).as("what the ID token, access token and userinfo held")
                .containsExactlyElementsOf(withoutUsageName);

        // Again, in the same browser: the session is reused (no chooser, no provider), and recorded with its provider.
        RelyingParty.Attempt second = oc.newAttempt();
        Browser.Page back = browser.open(second.authorizationUrl());
        assertThat(back.leftBroker()).as("signed in by the session:\n%s", back.body()).isTrue();
        Received secondReceived = receive(second, back);

        history = historyOf(person);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("id")).as("most recent first").isNotEqualTo(entry.get("id"));
        assertThat(history.get(1).get("id")).isEqualTo(entry.get("id"));
        assertThat(history.get(0)).containsEntry("clientId", OC_CONNECT).containsEntry("identityProvider", Providers.ACCOUNT)
                .containsEntry("level", secondReceived.acr());
        assertThat(claims(history.get(0))).containsExactlyElementsOf(OC_CONNECT_CLAIMS);
        assertThat(Instant.parse((String) history.get(0).get("time")))
                .isAfterOrEqualTo(Instant.parse((String) entry.get("time")));
    }

    @Test
    void aPersonsHistoryHoldsOnlyTheirOwnSignIns_andGoesWithTheirAccount() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        UserRepresentation other = Providers.accountHolder(admin, Person.random());
        signInToOc(holder);
        signInToOc(holder);
        signInToOc(other);
        String person = frontDoorAccount(holder);
        String someoneElse = frontDoorAccount(other);

        List<Map<String, Object>> mine = historyOf(person);
        List<Map<String, Object>> theirs = historyOf(someoneElse);
        assertThat(mine).hasSize(2);
        assertThat(theirs).hasSize(1);
        assertThat(theirs).extracting(entry -> entry.get("id"))
                .doesNotContainAnyElementsOf(mine.stream().map(entry -> entry.get("id")).toList());
        assertThat(stored(person)).isEqualTo(2);

        admin.realm(REALM).users().delete(person).close();

        assertThat(get("/users/" + person, adminToken()).statusCode()).as("no such user any more").isEqualTo(404);
        assertThat(stored(person)).as("rows kept under the removed account's id").isZero();
        assertThat(historyOf(someoneElse)).as("another person's history stays").hasSize(1);
        assertThat(ServerLog.read().lines().filter(line -> line.contains("org.bawaba.history")))
                .as("nothing about the person logged").noneMatch(line -> line.contains(person) || line.contains(holder.getUsername()));
    }

    @Test
    void onlyAdministratorsWhoMayViewUsers_readAHistory() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        signInToOc(holder);
        String person = frontDoorAccount(holder);

        assertThat(get("/users/" + person, null).statusCode()).isEqualTo(401);
        assertThat(get("/users/" + person, "not-a-token").statusCode()).isEqualTo(401);
        assertThat(get("/users/" + UUID.randomUUID(), adminToken()).statusCode()).isEqualTo(404);

        MasterAdministrator realmViewer = MasterAdministrator.create(admin, urls.getBase(), REALM, "view-realm");
        try {
            assertThat(get("/users/" + person, realmViewer.token()).statusCode()).as("view-realm is not view-users")
                    .isEqualTo(403);
            assertThat(get("/users/" + person + "/stored", realmViewer.token()).statusCode()).isEqualTo(403);
            assertThat(get("/users/" + UUID.randomUUID(), realmViewer.token()).statusCode())
                    .as("nor does it tell which ids exist").isEqualTo(403);
        } finally {
            realmViewer.delete(admin);
        }
        MasterAdministrator userViewer = MasterAdministrator.create(admin, urls.getBase(), REALM, "view-users");
        try {
            assertThat(get("/users/" + person, userViewer.token()).statusCode()).as("view-users reads it").isEqualTo(200);
        } finally {
            userViewer.delete(admin);
        }
    }

    @Test
    void signInsOlderThanTheRetentionPeriod_areRemoved() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        signInToOc(holder);
        String person = frontDoorAccount(holder);
        assertThat(stored(person)).isEqualTo(1);

        clock.advance(Duration.ofDays(364));
        pause(Duration.ofSeconds(5));
        assertThat(storedNow(person)).as("within the 365 days of the default retention").isEqualTo(1);

        clock.advance(Duration.ofDays(366));
        long deadline = System.nanoTime() + RETENTION_RUNS.toNanos();
        long left = storedNow(person);
        while (left > 0 && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(250));
            left = storedNow(person);
        }
        assertThat(left).as("removed by the retention task within %s", RETENTION_RUNS).isZero();
        assertThat(ServerLog.read()).as("the task ran from the start on a migrated database, and every sign-in was recorded")
                .doesNotContain("Failed to run scheduled task " + "bawaba-sign-in-history-retention")
                .doesNotContain("Sign-in history: a sign-in");
    }

    /** What a sign-in gave the service: the acr and the names of the person's claims in its tokens and userinfo. */
    private record Received(String acr, Set<String> claimNames) {
    }

    private Received receive(RelyingParty.Attempt attempt, Browser.Page back) {
        assertThat(back.leftBrokerTo().toString()).startsWith(OC_CONNECT_REDIRECT + "?");
        assertThat(back.redirectParameters()).containsKey("code").containsEntry("state", attempt.state);
        RelyingParty.Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        JWTClaimsSet id = oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        RelyingParty.Json userinfo = oc.userinfo(tokens.string("access_token"));
        assertThat(userinfo.status()).isEqualTo(200);
        Set<String> names = new TreeSet<>(id.getClaims().keySet());
        names.addAll(userinfo.body().keySet());
        try {
            names.addAll(SignedJWT.parse(tokens.string("access_token")).getJWTClaimsSet().getClaims().keySet());
        } catch (java.text.ParseException e) {
            throw new AssertionError("access token is not a JWT", e);
        }
        names.removeAll(TOKEN_CLAIMS);
        return new Received((String) id.getClaims().get("acr"), names);
    }

    /** A first sign-in to oc-connect through the chooser and the account provider, consent given. */
    private void signInToOc(UserRepresentation holder) {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page page = Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms);
        Browser.Page back = Providers.agreeToShareIfAsked(browser, page);
        assertThat(back.redirectParameters()).as("signed in:\n%s", back.body()).containsKey("code");
    }

    private String frontDoorAccount(UserRepresentation holder) {
        List<UserRepresentation> accounts = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder);
        assertThat(accounts).hasSize(1);
        return accounts.get(0).getId();
    }

    private List<Map<String, Object>> historyOf(String userId) {
        HttpResponse<String> response = get("/users/" + userId, adminToken());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readValue(response.body(), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private long stored(String userId) {
        return stored(userId, adminToken());
    }

    /** {@link #stored} with a token issued on Keycloak's moved clock. */
    private long storedNow(String userId) {
        try (Keycloak now = adminClients.create().grantType("client_credentials").realm("master")
                .clientId(Config.getAdminClientId()).clientSecret(Config.getAdminClientSecret()).build()) {
            return stored(userId, now.tokenManager().getAccessTokenString());
        }
    }

    private long stored(String userId, String token) {
        HttpResponse<String> response = get("/users/" + userId + "/stored", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<>() {
            });
            assertThat(body).containsEntry("userId", userId);
            return ((Number) body.get("entries")).longValue();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private String adminToken() {
        return admin.tokenManager().getAccessTokenString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> claims(Map<String, Object> entry) {
        return (List<String>) entry.get("claims");
    }

    private HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                urls.getBase() + "/admin/realms/" + REALM + "/bawaba-sign-in-history" + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
