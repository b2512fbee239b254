package org.bawaba.broker.e2e.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.EidChipPage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A verified identity only its source can change: in every realm, a person who is signed in cannot change their
 * names or any pivot attribute through the account REST API (what the account console calls) nor through the
 * update-profile action; nor their email address, which changes only through the steps that send it a code.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ReadOnlyIdentityIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The account console's own client of a realm, as a public client with PKCE. */
    private RelyingParty accountConsole(String realm) {
        return new RelyingParty(urls.getBase() + "/realms/" + realm, "account-console", null,
                urls.getBase() + "/realms/" + realm + "/account/");
    }

    private String accessToken(RelyingParty console, RelyingParty.Attempt attempt, Browser.Page back) {
        String code = back.query().get("code");
        assertThat(code).as("back at the account console with a code: %s", back.uri()).isNotNull();
        RelyingParty.Json tokens = attempt.exchange(code);
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        return tokens.string("access_token");
    }

    /** What the account console does when the person saves their profile. */
    private int saveProfile(String realm, String accessToken, Map<String, Object> changes) throws Exception {
        URI account = URI.create(urls.getBase() + "/realms/" + realm + "/account/");
        HttpResponse<String> current = http.send(HttpRequest.newBuilder(account)
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (current.statusCode() == 403) {
            return 403;   // no account console for this person at all
        }
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        Map<String, Object> profile = JSONObjectUtils.parse(current.body());
        profile.putAll(changes);
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(account)
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(profile))).build(),
                HttpResponse.BodyHandlers.ofString());
        return saved.statusCode();
    }

    private static Map<String, Object> usurpation() {
        return Map.of("firstName", "Usurpee", "lastName", "Victime", "email", "pirate@attaquant.example",
                "attributes", Map.of("given_name_ar", List.of("مزور"), "birthdate", List.of("1999-09-09"),
                        "national_id", List.of("ZZ999999")));
    }

    private static void assertUnchanged(UserResource user, UserRepresentation before) {
        UserRepresentation after = user.toRepresentation();
        assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
        assertThat(after.getLastName()).isEqualTo(before.getLastName());
        assertThat(after.getEmail()).as("a contact changes only through a code").isEqualTo(before.getEmail());
        assertThat(after.getAttributes()).containsEntry("given_name_ar", before.getAttributes().get("given_name_ar"))
                .containsEntry("birthdate", before.getAttributes().get("birthdate"))
                .containsEntry("national_id", before.getAttributes().get("national_id"));
    }

    @Test
    void theAccountProvidersAccountRestApiRefusesIdentityChanges() throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty console = accountConsole(Providers.ACCOUNT);
        RelyingParty.Attempt attempt = console.newAttempt().with("scope", "openid");
        Browser browser = new Browser(urls.getBase());
        Browser.Page back = PasswordSignInPage.open(browser, attempt.authorizationUrl()).signInToCode(holder)
                .enter(sms.lastCode());

        int status = saveProfile(Providers.ACCOUNT, accessToken(console, attempt, back), usurpation());

        assertThat(status).as("the account console's save: refused (400) or the identity ignored").isIn(200, 204, 400);
        UserResource user = admin.realm(Providers.ACCOUNT).users().get(holder.getId());
        assertUnchanged(user, holder);
    }

    @Test
    void theEidProvidersAccountRestApiRefusesIdentityChanges() throws Exception {
        ChipHolder holder = ChipHolder.of(Person.random());
        RelyingParty console = accountConsole(Providers.EID);
        RelyingParty.Attempt attempt = console.newAttempt().with("scope", "openid");
        Browser browser = new Browser(urls.getBase());
        Browser.Page back = holder.signInFrom(browser, EidChipPage.on(browser, browser.open(attempt.authorizationUrl())));
        UserRepresentation before = holder.eidAccount(admin);

        int status = saveProfile(Providers.EID, accessToken(console, attempt, back), usurpation());

        assertThat(status).isIn(200, 204, 400);
        assertUnchanged(admin.realm(Providers.EID).users().get(before.getId()), before);
    }

    @Test
    void theFrontDoorsAccountRestApiRefusesIdentityChanges() throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty console = accountConsole("bawaba");
        RelyingParty.Attempt attempt = console.newAttempt().with("scope", "openid");
        Browser browser = new Browser(urls.getBase());
        Browser.Page back = Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms);
        String token = accessToken(console, attempt, back);
        UserRepresentation frontDoor = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0);
        UserRepresentation before = admin.realm("bawaba").users().get(frontDoor.getId()).toRepresentation();

        int status = saveProfile("bawaba", token, usurpation());

        assertThat(status).as("refused, ignored, or no account console at the front door").isIn(200, 204, 400, 403);
        assertUnchanged(admin.realm("bawaba").users().get(frontDoor.getId()), before);
    }

    @Test
    void theUpdateProfileActionShowsTheIdentityReadOnlyAndKeepsIt() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        UserResource user = admin.realm(Providers.ACCOUNT).users().get(holder.getId());
        UserRepresentation withAction = user.toRepresentation();
        withAction.setRequiredActions(List.of("UPDATE_PROFILE"));
        user.update(withAction);
        RelyingParty console = accountConsole(Providers.ACCOUNT);
        RelyingParty.Attempt attempt = console.newAttempt().with("scope", "openid");
        Browser browser = new Browser(urls.getBase());

        Browser.Page updateProfile = PasswordSignInPage.open(browser, attempt.authorizationUrl()).signInToCode(holder)
                .enter(sms.lastCode());
        assertThat(updateProfile.document().select("#kc-update-profile-form")).as(updateProfile.body()).hasSize(1);
        assertThat(updateProfile.document().select("input[name=firstName]:not([disabled]):not([readonly])"))
                .as("the first name cannot be typed in").isEmpty();

        // A browser does not send disabled fields; a forged form that does is refused and changes nothing.
        Browser.Page forged = browser.submit(updateProfile, "#kc-update-profile-form",
                Map.of("firstName", "Usurpee", "lastName", "Victime", "given_name_ar", "مزور",
                        "email", "pirate@attaquant.example"));
        assertThat(forged.query()).as("a forged identity is refused").doesNotContainKey("code");
        assertThat(forged.document().select("#input-error-firstName")).isNotEmpty();
        assertUnchanged(user, holder);

        // What a browser sends: the disabled fields not at all, which Keycloak takes as unchanged.
        Browser.Page after = browser.submit(forged, "#kc-update-profile-form", Map.of(
                "firstName", holder.getFirstName(), "lastName", holder.getLastName(), "email", holder.getEmail(),
                "given_name_ar", holder.getAttributes().get("given_name_ar").get(0)));
        assertThat(after.query()).as("the sign-in goes on: %s", after.body()).containsKey("code");
        assertUnchanged(user, holder);
    }
}
