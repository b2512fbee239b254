package org.bawaba.broker.e2e.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.BlockedProviderPage;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserProfileResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.representations.userprofile.config.UPConfig.UnmanagedAttributePolicy;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;

/**
 * A person blocks identity providers for their front-door account (user attributes, set here through the admin API
 * as the person's page will through BlockedProviders.choose): a sign-in through a blocked provider is refused with a
 * page and leaves no session, also at a first sign-in that would link the account; the chooser disables the tile with
 * the reason and refuses a hint to it once it knows the person (this login, or the browser's one account); a provider
 * added after the choice is blocked when the person said so; an allowed provider, and everyone else, are unaffected.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class BlockedProvidersIT {

    private static final String REALM = "bawaba";
    private static final String CLIENT = "test-blocking";
    private static final String LATER = "test-added-later";
    private static final String BLOCKED = "bawaba_blocked_idps";
    private static final String BLOCKS_NEW = "bawaba_block_new_idps";
    private static final String AT_CHOICE = "bawaba_idps_at_choice";
    private static final String DEVICES = "bawaba_devices";
    private static final String DEVICE_COOKIE = "BAWABA_DEVICE";
    private static final String REASON_FR = "Vous avez bloqué ce fournisseur d’identité pour votre compte.";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private RealmResource realm;
    private RelyingParty rp;

    @BeforeEach
    void setUp() {
        realm = admin.realm(REALM);
        new AdminFlows(realm).clientBoundTo(CLIENT, "bawaba-browser", Map.of());
        rp = new RelyingParty(issuer(urls.getBase()), CLIENT, null, AdminFlows.TEST_REDIRECT);
    }

    @AfterEach
    void removeWhatThisTestAdded() {
        realm.identityProviders().findAll().stream().filter(idp -> idp.getAlias().equals(LATER))
                .forEach(idp -> realm.identityProviders().get(LATER).remove());
        realm.clients().findByClientId(CLIENT).forEach(client -> realm.clients().get(client.getId()).remove());
    }

    @Test
    void aSignInThroughABlockedProviderIsRefusedWithAPageAndNoSession() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String account = frontDoorAccountOf(holder);
        choose(account, List.of(Providers.ACCOUNT), false, List.of(Providers.ACCOUNT, Providers.EID));
        realm.users().get(account).logout();

        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = rp.newAttempt();
        Browser.Page refused = Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms);

        BlockedProviderPage page = BlockedProviderPage.on(browser, refused);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.leftBroker()).as("nothing goes back to the service").isFalse();
        assertThat(page.provider()).isEqualTo("Compte Bawaba");
        assertThat(page.why()).contains("Vous avez bloqué ce fournisseur d’identité pour votre compte Bawaba");
        assertThat(realm.users().get(account).getUserSessions()).as("no session at the front door").isEmpty();
        List<EventRepresentation> events = realm.getEvents(List.of("IDENTITY_PROVIDER_LOGIN_ERROR"), CLIENT, account,
                null, null, null, 0, 10);
        assertThat(events).as("the refusal, with its reason and nothing personal").anySatisfy(event -> {
            assertThat(event.getError()).isEqualTo("identity_provider_blocked");
            assertThat(event.getDetails()).containsOnly(Map.entry("identity_provider", Providers.ACCOUNT),
                    Map.entry("reason", "blocked_by_account"));
        });

        // Back to the chooser, in the same login: the chooser now knows whose login it is.
        ChooserPage chooser = page.backToChooser();
        assertThat(chooser.isDisabled(Providers.ACCOUNT)).isTrue();
        assertThat(chooser.tileText(Providers.ACCOUNT)).contains(REASON_FR);
        assertThat(chooser.isDisabled(Providers.EID)).as("the provider the person allows").isFalse();

        // Someone else signs in through the same provider as before.
        UserRepresentation someoneElse = Providers.accountHolder(admin, Person.random());
        Browser theirs = new Browser(urls.getBase());
        RelyingParty.Attempt theirAttempt = rp.newAttempt();
        assertThat(Providers.signInThroughChooser(theirs, theirAttempt.authorizationUrl(), someoneElse, sms)
                .redirectParameters()).containsKey("code");
    }

    /** In a real browser: the refusal page and the chooser after it, in each language and direction, accessible (axe). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, Vous avez bloqué ce fournisseur d’identité pour votre compte Bawaba",
            "ar, لقد حظرت مزوّد الهوية هذا لحسابك في «بوابة»",
            "en, You blocked this identity provider for your Bawaba account"})
    void theRefusalAndTheChooserAfterItInEachLanguage(String language, String explanation) {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        choose(frontDoorAccountOf(holder), List.of(Providers.ACCOUNT), false, List.of(Providers.ACCOUNT, Providers.EID));
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "blocked-provider", language);
            chromium.open(rp.newAttempt().with("ui_locales", language).authorizationUrl());
            journey.arriveAt("chooser", "#bawaba-chooser-form");
            journey.click("#bawaba-choose-account");
            journey.arriveAt("password", "#kc-form-login");
            journey.type("#username", holder.getUsername());
            journey.type("#password", TestUsers.PASSWORD);
            journey.click("#kc-login");
            journey.arriveAt("code", "#bawaba-code-form");
            journey.type("#code", sms.lastCode());
            journey.click("#bawaba-code-submit");

            assertThat(journey.arriveAt("refused", "#bawaba-blocked-why").getText()).contains(explanation);
            journey.click("#bawaba-blocked-back");

            journey.arriveAt("chooser-blocked", "#bawaba-tile-account.bawaba-tile--disabled");
            assertThat(chromium.driver().findElement(By.cssSelector("#bawaba-choose-account")).isEnabled()).isFalse();
        }
    }

    @Test
    void onTheBrowserOfTheAccountTheTileIsDisabledItsHintRefusedAndAnAllowedProviderWorks() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String account = frontDoorAccountOf(holder);
        String device = newDeviceId();
        choose(account, List.of(Providers.EID), false, List.of(Providers.ACCOUNT, Providers.EID));
        knownDevices(account, device);

        Browser browser = knownBrowser(device);
        ChooserPage chooser = ChooserPage.on(browser, browser.open(rp.newAttempt().authorizationUrl()));
        assertThat(chooser.isDisabled(Providers.EID)).isTrue();
        assertThat(chooser.tileText(Providers.EID)).contains(REASON_FR);
        assertThat(chooser.isDisabled(Providers.ACCOUNT)).isFalse();

        Browser hinted = knownBrowser(device);
        Browser.Page refusedHint = hinted.open(rp.newAttempt().with("kc_idp_hint", Providers.EID).authorizationUrl());
        assertThat(refusedHint.leftBroker()).isFalse();
        assertThat(hinted.requested()).noneMatch(uri -> uri.getPath().startsWith("/realms/" + Providers.EID + "/"));
        assertThat(ChooserPage.on(hinted, refusedHint).messages())
                .contains("Le service vous propose un fournisseur d’identité que vous avez bloqué pour votre compte");

        RelyingParty.Attempt attempt = rp.newAttempt();
        Browser.Page back = Providers.signInFromChooser(browser, browser.open(attempt.authorizationUrl()), holder, sms);
        assertThat(back.redirectParameters()).as("the allowed provider signs in as before").containsKey("code");
    }

    @Test
    void aLiveSessionMakesThePersonKnownWhenTheServiceAsksToSignInAgain() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        String account = frontDoorAccountOf(holder, browser);
        choose(account, List.of(Providers.EID), false, List.of(Providers.ACCOUNT, Providers.EID));

        ChooserPage chooser = ChooserPage.on(browser, browser.open(rp.newAttempt().with("prompt", "login").authorizationUrl()));

        assertThat(chooser.isDisabled(Providers.EID)).isTrue();
        assertThat(chooser.tileText(Providers.EID)).contains(REASON_FR);
        assertThat(chooser.isDisabled(Providers.ACCOUNT)).isFalse();
    }

    @Test
    void aBrowserSharedByTwoAccountsRevealsNeitherChoice() {
        String device = newDeviceId();
        String blocking = frontDoorAccountOf(Providers.accountHolder(admin, Person.random()));
        choose(blocking, List.of(Providers.EID), false, List.of(Providers.ACCOUNT, Providers.EID));
        knownDevices(blocking, device);
        knownDevices(frontDoorAccountOf(Providers.accountHolder(admin, Person.random())), device);

        Browser browser = knownBrowser(device);
        ChooserPage chooser = ChooserPage.on(browser, browser.open(rp.newAttempt().authorizationUrl()));

        assertThat(chooser.isDisabled(Providers.EID)).isFalse();
        assertThat(chooser.tileText(Providers.EID)).doesNotContain(REASON_FR);
    }

    @Test
    void aProviderAddedAfterTheChoiceIsBlockedWhenThePersonSaidSo() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String account = frontDoorAccountOf(holder);
        String device = newDeviceId();
        knownDevices(account, device);
        choose(account, List.of(), true, List.of(Providers.ACCOUNT, Providers.EID));
        addProvider(LATER);

        Browser browser = knownBrowser(device);
        ChooserPage chooser = ChooserPage.on(browser, browser.open(rp.newAttempt().authorizationUrl()));
        assertThat(chooser.isDisabled(LATER)).as("added after the person chose").isTrue();
        assertThat(chooser.tileText(LATER)).contains(REASON_FR);
        assertThat(chooser.isDisabled(Providers.ACCOUNT)).isFalse();
        assertThat(chooser.isDisabled(Providers.EID)).isFalse();

        // Another account, which chose nothing, is offered the new provider.
        String other = frontDoorAccountOf(Providers.accountHolder(admin, Person.random()));
        String otherDevice = newDeviceId();
        knownDevices(other, otherDevice);
        Browser theirs = knownBrowser(otherDevice);
        assertThat(ChooserPage.on(theirs, theirs.open(rp.newAttempt().authorizationUrl())).isDisabled(LATER)).isFalse();

        // Enforced at sign-in too: for an account whose choice predates a provider, that provider is one added later.
        choose(account, List.of(), true, List.of(Providers.EID));
        Browser later = new Browser(urls.getBase());
        Browser.Page refused = Providers.signInThroughChooser(later, rp.newAttempt().authorizationUrl(), holder, sms);
        assertThat(BlockedProviderPage.on(later, refused).provider()).isEqualTo("Compte Bawaba");
    }

    @Test
    void aFirstSignInThatWouldLinkTheAccountIsRefusedAndLinksNothing() {
        Person person = Person.random();
        ChipHolder chipHolder = ChipHolder.of(person);
        UserRepresentation accountHolder = Providers.accountHolder(admin, person);
        Browser chip = new Browser(urls.getBase());
        assertThat(chipHolder.signIn(chip, rp.newAttempt().authorizationUrl()).redirectParameters()).containsKey("code");
        String account = chipHolder.frontDoorAccounts(admin).get(0).getId();
        choose(account, List.of(Providers.ACCOUNT), false, List.of(Providers.ACCOUNT, Providers.EID));
        realm.users().get(account).logout();

        Browser browser = new Browser(urls.getBase());
        Browser.Page refused = Providers.signInThroughChooser(browser, rp.newAttempt().authorizationUrl(), accountHolder, sms);

        BlockedProviderPage page = BlockedProviderPage.on(browser, refused);
        assertThat(links(account)).as("no link to the blocked provider").containsExactly(Providers.EID);
        assertThat(realm.users().get(account).toRepresentation().getAttributes())
                .as("no unfinished first sign-in left to clean up").doesNotContainKey("bawaba.unfinishedFirstSignIn");
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountHolder)).as("no second account").isEmpty();
        assertThat(realm.users().searchByUsername("account." + accountHolder.getUsername(), true)).isEmpty();
        assertThat(realm.users().get(account).getUserSessions()).isEmpty();
        assertThat(page.backToChooser().isDisabled(Providers.ACCOUNT)).isTrue();
    }

    @Test
    void thePersonCannotUnblockThroughTheAccountRestApi() throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String account = frontDoorAccountOf(holder);
        choose(account, List.of(Providers.EID), true, List.of(Providers.ACCOUNT, Providers.EID));
        Map<String, List<String>> before = realm.users().get(account).toRepresentation().getAttributes();
        RelyingParty console = new RelyingParty(issuer(urls.getBase()), "account-console", null,
                urls.getBase() + "/realms/" + REALM + "/account/");
        RelyingParty.Attempt attempt = console.newAttempt().with("scope", "openid");
        Browser.Page back = Providers.signInThroughChooser(new Browser(urls.getBase()), attempt.authorizationUrl(), holder, sms);
        RelyingParty.Json tokens = attempt.exchange(back.query().get("code"));
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);

        // What the account console sends when the person saves their profile, with the choice undone.
        HttpClient http = HttpClient.newHttpClient();
        URI profile = URI.create(urls.getBase() + "/realms/" + REALM + "/account/");
        String bearer = "Bearer " + tokens.string("access_token");
        HttpResponse<String> current = http.send(HttpRequest.newBuilder(profile).header("Authorization", bearer)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        int saved = current.statusCode();
        if (current.statusCode() == 200) {
            Map<String, Object> changed = JSONObjectUtils.parse(current.body());
            changed.put("attributes", Map.of(BLOCKED, List.of(), BLOCKS_NEW, List.of("false"), AT_CHOICE, List.of()));
            saved = http.send(HttpRequest.newBuilder(profile).header("Authorization", bearer)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(changed))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        assertThat(saved).as("refused, ignored, or no account console at the front door").isIn(200, 204, 400, 403);
        assertThat(realm.users().get(account).toRepresentation().getAttributes())
                .containsEntry(BLOCKED, before.get(BLOCKED)).containsEntry(BLOCKS_NEW, before.get(BLOCKS_NEW))
                .containsEntry(AT_CHOICE, before.get(AT_CHOICE));
        assertThat(realm.users().userProfile().getConfiguration().getAttribute(BLOCKED).getPermissions().getEdit())
                .as("administrators only, so update-profile does not offer it either").containsExactly("admin");
    }

    private String frontDoorAccountOf(UserRepresentation holder) {
        return frontDoorAccountOf(holder, new Browser(urls.getBase()));
    }

    /** Signs in through the account provider on {@code browser}, which keeps the front-door session. */
    private String frontDoorAccountOf(UserRepresentation holder, Browser browser) {
        RelyingParty.Attempt attempt = rp.newAttempt();
        assertThat(Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms).redirectParameters())
                .containsKey("code");
        return Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0).getId();
    }

    /** What the person's page stores through BlockedProviders.choose. */
    private void choose(String account, List<String> blocked, boolean blockNew, List<String> existingAtChoice) {
        setAttributes(account, Map.of(BLOCKED, blocked, BLOCKS_NEW, List.of(String.valueOf(blockNew)),
                AT_CHOICE, existingAtChoice));
    }

    /** What the sign-in keeps of the browsers an account used (BrowserDevice, maintained at each sign-in). */
    private void knownDevices(String account, String deviceId) {
        UserProfileResource profile = realm.users().userProfile();
        UPConfig config = profile.getConfiguration();
        UnmanagedAttributePolicy policy = config.getUnmanagedAttributePolicy();
        config.setUnmanagedAttributePolicy(UnmanagedAttributePolicy.ADMIN_EDIT);
        profile.update(config);
        try {
            setAttributes(account, Map.of(DEVICES, List.of(fingerprint(deviceId))));
        } finally {
            config.setUnmanagedAttributePolicy(policy);
            profile.update(config);
        }
    }

    private void setAttributes(String account, Map<String, List<String>> attributes) {
        UserResource user = realm.users().get(account);
        UserRepresentation representation = user.toRepresentation();
        Map<String, List<String>> all = new HashMap<>(representation.getAttributes() == null ? Map.of() : representation.getAttributes());
        all.putAll(attributes);
        representation.setAttributes(all);
        user.update(representation);
        Map<String, List<String>> stored = user.toRepresentation().getAttributes();
        attributes.forEach((name, values) -> assertThat(stored.getOrDefault(name, List.of())).as("stored %s", name)
                .containsExactlyInAnyOrderElementsOf(values));
    }

    private Browser knownBrowser(String deviceId) {
        return new Browser(urls.getBase()).withCookie(DEVICE_COOKIE, deviceId, "/realms/" + REALM + "/");
    }

    private static String newDeviceId() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String fingerprint(String deviceId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> links(String account) {
        return realm.users().get(account).getFederatedIdentity().stream()
                .map(FederatedIdentityRepresentation::getIdentityProvider).toList();
    }

    /** A provider an administrator adds later, without touching anything else; it points at the account realm but is never used. */
    private void addProvider(String alias) {
        String oidc = urls.getBase() + "/realms/account/protocol/openid-connect";
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(alias);
        idp.setDisplayName(alias);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setConfig(Map.of("authorizationUrl", oidc + "/auth", "tokenUrl", oidc + "/token", "clientId", "unused",
                "clientSecret", "unused", "clientAuthMethod", "client_secret_basic"));
        try (Response created = realm.identityProviders().create(idp)) {
            assertThat(created.getStatus()).isIn(201, 409);
        }
    }
}
