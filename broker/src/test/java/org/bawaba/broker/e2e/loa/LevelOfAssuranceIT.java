package org.bawaba.broker.e2e.loa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.EidChipPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Levels of assurance through the broker: the RP asks eidas1, eidas2 or eidas3 (acr_values or an essential acr in
 * the claims parameter), the front door forwards the request to the provider, checks the level the provider
 * answers, and either puts that level (acr) and the provider's methods (amr) in the ID token or sends the RP an
 * OIDC error without creating or linking any account. The account provider (password and code) reaches eidas2,
 * the e-ID provider (the chip of an identity document) eidas3.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class LevelOfAssuranceIT {

    /** A confidential RP of this test only, with the "amr" scope among its defaults. */
    private static final String RP = "loa-test-rp";
    private static final String RP_SECRET = "test-only-loa-rp-secret";
    private static final String RP_REDIRECT = "http://localhost:8090/loa/callback";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private Browser browser;
    private RelyingParty rp;

    @BeforeEach
    void setUp() {
        browser = new Browser(urls.getBase());
        ensureTestClient();
        rp = new RelyingParty(issuer(urls.getBase()), RP, RP_SECRET, RP_REDIRECT);
    }

    @Test
    void providersAreBrokeredWithLevelsOfAssurance() {
        assertThat(admin.realm(REALM).toRepresentation().getAttributes())
                .containsEntry("acr.loa.map", "{\"eidas1\":1,\"eidas2\":2,\"eidas3\":3}");
        IdentityProviderRepresentation account = admin.realm(REALM).identityProviders().get(Providers.ACCOUNT).toRepresentation();
        IdentityProviderRepresentation eid = admin.realm(REALM).identityProviders().get(Providers.EID).toRepresentation();
        assertThat(account.getProviderId()).isEqualTo("bawaba-oidc");
        assertThat(account.getConfig()).containsEntry("bawaba.loa", "eidas2");
        assertThat(eid.getProviderId()).isEqualTo("bawaba-oidc");
        assertThat(eid.getConfig()).as("the chip e-ID").containsEntry("bawaba.loa", "eidas3");
    }

    @Test
    void theRequestedLevelAndThoseAboveItAreForwardedOnceToTheProvider() {
        URI toProvider = redirectToProvider(rp.newAttempt().with("acr_values", "eidas2").authorizationUrl()
                + "&kc_idp_hint=" + Providers.ACCOUNT);

        assertThat(parameterValues(toProvider.getRawQuery(), "acr_values")).containsExactly("eidas2 eidas3");
        assertThat(parameterValues(toProvider.getRawQuery(), "claims")).isEmpty();
    }

    @Test
    void passwordAndSmsCodeAtTheAccountProviderGiveEidas2WithItsMethods() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt().with("acr_values", "eidas2");

        Browser.Page back = Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms);

        JWTClaimsSet id = idToken(attempt, back);
        assertThat(id.getClaim("acr")).isEqualTo("eidas2");
        assertThat(id.getClaim("amr")).as("the provider's methods").isEqualTo(List.of("pwd", "sms"));
    }

    @Test
    void askingEidas1GivesEidas1AsKeycloakNamesTheHighestRequestedLevelReached() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt().with("acr_values", "eidas1");

        Browser.Page back = Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms);

        assertThat(idToken(attempt, back).getClaim("acr")).isEqualTo("eidas1");
    }

    @Test
    void withoutARequestTheTokenNamesTheLevelTheProviderReached() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt();

        Browser.Page back = Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms);

        assertThat(idToken(attempt, back).getClaim("acr")).isEqualTo("eidas2");
    }

    @Test
    void anEssentialEidas3HintedToTheAccountProviderLeavesOnlyTheChipToChoose() {
        RelyingParty.Attempt attempt = rp.newAttempt()
                .with("claims", "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"eidas3\"]}}}");

        Browser.Page chooser = browser.open(attempt.authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT);

        assertThat(chooser.uri().getPath()).as("never sent to a provider that cannot reach the level").startsWith("/realms/bawaba/");
        assertThat(chooser.document().select("button[name=provider]:not([disabled])").eachAttr("value"))
                .as("only the chip reaches eidas3").containsExactly(Providers.EID);
        assertThat(chooser.body()).contains("ne peut pas être utilisé pour cette démarche");
    }

    @Test
    void aProviderAnsweringBelowTheRequestIsRefusedWithAnOidcErrorAndNoAccount() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt()
                .with("claims", "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"eidas3\"]}}}");

        // Configured as able to give eidas3, the account provider still answers eidas2 (password and code).
        Browser.Page back = withCeiling(Providers.ACCOUNT, "eidas3",
                () -> Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms));

        assertThat(back.leftBrokerTo().toString()).startsWith(RP_REDIRECT + "?");
        Map<String, String> response = back.redirectParameters();
        assertThat(response).doesNotContainKey("code")
                .containsEntry("error", "access_denied")
                .containsEntry("state", attempt.state)
                .containsEntry("iss", issuer(urls.getBase()));
        assertThat(response.get("error_description")).contains("eidas3").contains("eidas2");
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder)).as("no account linked").isEmpty();
        assertThat(admin.realm(REALM).users().searchByUsername("account." + holder.getUsername(), true))
                .as("no account created").isEmpty();
        List<EventRepresentation> events = admin.realm(REALM)
                .getEvents(List.of("IDENTITY_PROVIDER_LOGIN_ERROR"), RP, null, null, null, null, 0, 100);
        assertThat(events).anySatisfy(event -> assertThat(event.getDetails())
                .containsEntry("reason", "level_of_assurance_not_met")
                .containsEntry("identity_provider", Providers.ACCOUNT)
                .containsEntry("requested_acr", "eidas3")
                .containsEntry("provider_acr", "eidas2"));
    }

    @Test
    void aLinkedPersonIsCheckedAtEverySignInAndKeepsOneAccount() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt first = rp.newAttempt().with("acr_values", "eidas2");
        idToken(first, Providers.signInWithAccount(browser, first.authorizationUrl(), holder, sms));

        RelyingParty.Attempt again = rp.newAttempt().with("acr_values", "eidas2");
        Browser.Page back = Providers.signInWithAccount(new Browser(urls.getBase()), again.authorizationUrl(), holder, sms);
        assertThat(idToken(again, back).getClaim("acr")).isEqualTo("eidas2");

        RelyingParty.Attempt tooHigh = rp.newAttempt()
                .with("claims", "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"eidas3\"]}}}");
        Browser.Page refused = withCeiling(Providers.ACCOUNT, "eidas3",
                () -> Providers.signInWithAccount(new Browser(urls.getBase()), tooHigh.authorizationUrl(), holder, sms));
        assertRefusedForTheLevel(refused, Providers.ACCOUNT, "eidas3", "eidas2");
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder)).hasSize(1);
    }

    @Test
    void aReusedSessionCountsAtTheLevelItWasEarnedAt() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt first = rp.newAttempt().with("acr_values", "eidas2");
        idToken(first, Providers.signInWithAccount(browser, first.authorizationUrl(), holder, sms));
        int codesSent = sms.requests().size();

        RelyingParty.Attempt noRequest = rp.newAttempt();
        JWTClaimsSet reused = idToken(noRequest, browser.open(noRequest.authorizationUrl()));
        assertThat(reused.getClaim("acr")).as("single sign-on at the level earned, not \"0\"").isEqualTo("eidas2");
        assertThat(reused.getClaim("amr")).isEqualTo(List.of("pwd", "sms"));

        RelyingParty.Attempt sameLevel = rp.newAttempt().with("acr_values", "eidas2");
        assertThat(idToken(sameLevel, browser.open(sameLevel.authorizationUrl())).getClaim("acr")).isEqualTo("eidas2");
        assertThat(sms.requests()).as("no new sign-in, no new code").hasSize(codesSent);
    }

    @Test
    void aSessionEarnedAtEidas2IsSteppedUpToEidas3ThroughTheChooserWithTheChip() {
        Person person = Person.random();
        UserRepresentation accountHolder = Providers.accountHolder(admin, person);
        ChipHolder chipHolder = ChipHolder.of(person);
        RelyingParty.Attempt substantial = rp.newAttempt().with("acr_values", "eidas2");
        JWTClaimsSet atEidas2 = idToken(substantial,
                Providers.signInWithAccount(browser, substantial.authorizationUrl(), accountHolder, sms));
        assertThat(atEidas2.getClaim("acr")).isEqualTo("eidas2");

        RelyingParty.Attempt higher = rp.newAttempt().with("acr_values", "eidas3");
        Browser.Page chooser = browser.open(higher.authorizationUrl());
        assertThat(ChooserPage.isShownOn(chooser)).as("the session is not enough: choose again").isTrue();
        assertThat(ChooserPage.on(browser, chooser).isDisabled(Providers.ACCOUNT)).isTrue();
        JWTClaimsSet stepped = idToken(higher, chipHolder.signInFrom(browser, chipPage(chooser)));

        assertThat(stepped.getClaim("acr")).isEqualTo("eidas3");
        assertThat(stepped.getClaim("amr")).as("the chip's methods").isEqualTo(List.of("hwk", "sc", "face"));
        assertThat(stepped.getSubject()).as("the same person, the same front-door account").isEqualTo(atEidas2.getSubject());
        assertThat(chipHolder.frontDoorAccounts(admin)).singleElement()
                .satisfies(user -> assertThat(user.getId()).isEqualTo(
                        Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountHolder).get(0).getId()));
        RelyingParty.Attempt reused = rp.newAttempt();
        assertThat(idToken(reused, browser.open(reused.authorizationUrl())).getClaim("acr"))
                .as("reused without a request: the session now counts at eidas3").isEqualTo("eidas3");
    }

    @Test
    void aStepUpThatComesBackAsAnotherPersonIsRefused() {
        UserRepresentation first = Providers.accountHolder(admin, Person.random());
        ChipHolder someoneElse = ChipHolder.of(Person.random());
        RelyingParty.Attempt substantial = rp.newAttempt().with("acr_values", "eidas2");
        String firstSubject = idToken(substantial,
                Providers.signInWithAccount(browser, substantial.authorizationUrl(), first, sms)).getSubject();

        RelyingParty.Attempt higher = rp.newAttempt().with("acr_values", "eidas3");
        Browser.Page chooser = browser.open(higher.authorizationUrl());
        Browser.Page result = someoneElse.signInFrom(browser, chipPage(chooser));

        assertThat(result.leftBroker() && result.redirectParameters().containsKey("code"))
                .as("no code for another person in this session:\n%s", result.body()).isFalse();
        assertThat(result.body()).contains("déjà authentifié");
        assertThat(someoneElse.frontDoorAccounts(admin))
                .as("nothing left for the other person: Keycloak rolls the refused sign-in back").isEmpty();
        UserRepresentation firstAccount = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, first).get(0);
        assertThat(admin.realm(REALM).users().get(firstAccount.getId()).getFederatedIdentity())
                .as("and nothing linked to the first person's account")
                .extracting(link -> link.getIdentityProvider()).containsExactly(Providers.ACCOUNT);
        RelyingParty.Attempt reused = rp.newAttempt();
        assertThat(idToken(reused, browser.open(reused.authorizationUrl())).getSubject())
                .as("the session is still the first person's").isEqualTo(firstSubject);
    }

    @Test
    void theAccountProviderCannotGiveEidas3() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt().with("acr_values", "eidas3");

        Browser.Page chooser = browser.open(attempt.authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT);
        assertThat(chooser.uri().getPath()).startsWith("/realms/bawaba/");
        assertThat(ChooserPage.on(browser, chooser).isDisabled(Providers.ACCOUNT)).isTrue();

        // Even a provider configured above what it gives is caught when it answers.
        Browser.Page back = withCeiling(Providers.ACCOUNT, "eidas3",
                () -> Providers.signInWithAccount(new Browser(urls.getBase()), attempt.authorizationUrl(), holder, sms));

        assertThat(back.redirectParameters()).containsEntry("state", attempt.state);
        assertRefusedForTheLevel(back, Providers.ACCOUNT, "eidas3", "eidas2");
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder)).isEmpty();
    }

    @Test
    void theChipGivesEidas3WithItsMethods() {
        ChipHolder holder = ChipHolder.of(Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt();

        JWTClaimsSet id = idToken(attempt, holder.signIn(browser, attempt.authorizationUrl()));

        assertThat(id.getClaim("acr")).as("without a request: the level the chip reached").isEqualTo("eidas3");
        assertThat(id.getClaim("amr")).isEqualTo(List.of("hwk", "sc", "face"));
    }

    /** The e-ID tile chosen on the front door's chooser: the provider's chip page. */
    private EidChipPage chipPage(Browser.Page chooser) {
        return EidChipPage.on(browser, ChooserPage.on(browser, chooser).choose(Providers.EID));
    }

    /**
     * The RP got access_denied because the provider answered below the requested level, not for another reason:
     * the description names both levels, and the front door recorded why.
     */
    private void assertRefusedForTheLevel(Browser.Page back, String provider, String requested, String answered) {
        Map<String, String> response = back.redirectParameters();
        assertThat(response).doesNotContainKey("code").containsEntry("error", "access_denied");
        assertThat(response.get("error_description")).as("why")
                .contains("Level of assurance " + requested + " was requested")
                .contains("identity provider " + provider + " authenticated the person at " + answered);
        List<EventRepresentation> events = admin.realm(REALM)
                .getEvents(List.of("IDENTITY_PROVIDER_LOGIN_ERROR"), RP, null, null, null, null, 0, 1000);
        assertThat(events).anySatisfy(event -> assertThat(event.getDetails())
                .containsEntry("reason", "level_of_assurance_not_met")
                .containsEntry("identity_provider", provider)
                .containsEntry("requested_acr", requested)
                .containsEntry("provider_acr", answered));
    }

    /** Runs {@code signIn} while the provider's configured ceiling ({@code bawaba.loa}) is {@code level}. */
    private Browser.Page withCeiling(String alias, String level, Supplier<Browser.Page> signIn) {
        var provider = admin.realm(REALM).identityProviders().get(alias);
        IdentityProviderRepresentation representation = provider.toRepresentation();
        String shipped = representation.getConfig().get("bawaba.loa");
        representation.getConfig().put("bawaba.loa", level);
        provider.update(representation);
        try {
            return signIn.get();
        } finally {
            representation.getConfig().put("bawaba.loa", shipped);
            provider.update(representation);
        }
    }

    private JWTClaimsSet idToken(RelyingParty.Attempt attempt, Browser.Page back) {
        assertThat(back.leftBrokerTo().toString()).startsWith(RP_REDIRECT + "?");
        assertThat(back.redirectParameters()).as("authorization response").containsKey("code");
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        return rp.verifyIdToken(tokens.string("id_token"), attempt.nonce);
    }

    private void ensureTestClient() {
        if (!admin.realm(REALM).clients().findByClientId(RP).isEmpty()) {
            return;
        }
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(RP);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setSecret(RP_SECRET);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setRedirectUris(List.of(RP_REDIRECT));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256"));
        client.setDefaultClientScopes(List.of("basic", "acr", "amr", "profile", "email"));
        try (Response created = admin.realm(REALM).clients().create(client)) {
            assertThat(created.getStatus()).as(created.readEntity(String.class)).isEqualTo(201);
        }
    }

    /** Follows the front door's redirects (keeping its cookies) up to the request it sends the provider. */
    private static URI redirectToProvider(String authorizationUrl) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        URI next = URI.create(authorizationUrl);
        for (int hop = 0; hop < 5; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(next).GET();
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            HttpResponse<Void> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            next = next.resolve(response.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError("no redirect from " + response.uri())));
            if (next.getPath().startsWith("/realms/" + Providers.ACCOUNT + "/")) {
                return next;
            }
        }
        throw new AssertionError("the front door never sent the browser to the provider");
    }

    private static List<String> parameterValues(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
