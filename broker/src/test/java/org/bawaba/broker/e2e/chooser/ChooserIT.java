package org.bawaba.broker.e2e.chooser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.ConsentPage;
import org.bawaba.broker.e2e.support.pages.EidChipPage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The identity-provider chooser (the front door's browser flow bawaba-browser): tiles for the providers a relying party
 * accepts, providers below the requested assurance level shown disabled with the reason, kc_idp_hint
 * honoured only for a provider that could be chosen, the last provider remembered, and the page in a
 * real browser in French and Arabic.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ChooserIT {

    private static final String CLIENT = "test-chooser";
    private static final String LEVELS_CLIENT = "test-chooser-levels";
    private static final String SUBSTANTIAL = "test-substantial";
    private static final String LOW = "test-low";
    private static final String STATUS_CLIENT = "test-chooser-status";
    private static final String DOWN = "test-down";
    private static final String BETA = "test-beta";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private RealmResource realm;
    /** The shipped realm's providers and clients before this test added its own, to leave it as it was. */
    private List<String> shippedProviders;
    private List<String> shippedClients;

    @BeforeEach
    void setUp() {
        realm = admin.realm("bawaba");
        shippedProviders = providerAliases();
        shippedClients = clientIds();
        provider(SUBSTANTIAL, "eidas2");
        provider(LOW, "eidas1");
        provider(DOWN, "eidas2", "unavailable");
        provider(BETA, "eidas2", "beta");
        AdminFlows flows = new AdminFlows(realm);
        flows.clientBoundTo(CLIENT, "bawaba-browser", Map.of(
                "bawaba.identityProviders", Providers.ACCOUNT + "##" + Providers.EID));
        flows.clientBoundTo(LEVELS_CLIENT, "bawaba-browser", Map.of(
                "bawaba.identityProviders", SUBSTANTIAL + "##" + LOW,
                "acr.loa.map", "{\"eidas1\":1,\"eidas2\":2,\"eidas3\":3}"));
        flows.clientBoundTo(STATUS_CLIENT, "bawaba-browser", Map.of("bawaba.identityProviders", DOWN + "##" + BETA));
    }

    /** Later tests of other classes see the shipped realm: no extra tiles, no extra clients. */
    @AfterEach
    void removeWhatThisTestAdded() {
        for (String alias : List.of(SUBSTANTIAL, LOW, DOWN, BETA)) {
            realm.identityProviders().get(alias).remove();
        }
        for (String clientId : List.of(CLIENT, LEVELS_CLIENT, STATUS_CLIENT)) {
            realm.clients().findByClientId(clientId).forEach(client -> realm.clients().get(client.getId()).remove());
        }
        assertThat(providerAliases()).as("the shipped realm's providers, as before the test").isEqualTo(shippedProviders);
        assertThat(clientIds()).as("the shipped realm's clients, as before the test").isEqualTo(shippedClients);
    }

    @Test
    void showsTheProvidersTheClientAcceptsWithWhatTheyNeed() {
        Browser.Page page = new Browser(urls.getBase()).open(client(CLIENT).newAttempt().authorizationUrl());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#kc-page-title").text()).isEqualTo("Choisissez un compte pour vous identifier");
        assertThat(page.document().select("button[name=provider]").eachAttr("value"))
                .containsExactlyInAnyOrder(Providers.ACCOUNT, Providers.EID);
        assertThat(page.document().select("#bawaba-dialog-eid").text()).contains("carte nationale d’identité électronique");
        assertThat(page.document().select("#bawaba-cancel").text()).isEqualTo("Revenir au service sans m’identifier");
        assertThat(page.document().select("input[type=password]")).as("the front door asks for no password").isEmpty();
        assertThat(page.document().select("#kc-select-try-another-way-form"))
                .as("the flow has no second way in, so Keycloak offers none").isEmpty();
    }

    @Test
    void aProviderBelowTheRequestedLevelIsDisabledAndItsHintRefused() {
        RelyingParty rp = client(LEVELS_CLIENT);

        Browser browser = new Browser(urls.getBase());
        ChooserPage page = ChooserPage.on(browser, browser.open(rp.newAttempt().with("acr_values", "eidas2").authorizationUrl()));
        assertThat(page.isDisabled(LOW)).isTrue();
        assertThat(page.tileText(LOW)).contains("Ne permet pas d’atteindre le niveau de garantie demandé");
        assertThat(page.isDisabled(SUBSTANTIAL)).isFalse();
        assertThat(page.page().document().select("#bawaba-chooser-level").text()).contains("substantiel");

        Browser hintedBrowser = new Browser(urls.getBase());
        Browser.Page hinted = hintedBrowser
                .open(rp.newAttempt().with("acr_values", "eidas2").with("kc_idp_hint", LOW).authorizationUrl());
        assertStillOnTheChooserWithoutGoingToTheProvider(hintedBrowser, hinted);
        assertThat(ChooserPage.on(hintedBrowser, hinted).messages()).contains("ne peut pas être utilisé pour cette démarche");

        Browser.Page forged = page.choose(LOW);
        assertStillOnTheChooserWithoutGoingToTheProvider(browser, forged);
        assertThat(forged.body()).contains("Ce compte ne peut pas être utilisé");
    }

    @Test
    void aHintForAProviderTheClientDoesNotAcceptIsRefused() {
        Browser browser = new Browser(urls.getBase());
        Browser.Page hinted = browser
                .open(client(LEVELS_CLIENT).newAttempt().with("kc_idp_hint", Providers.ACCOUNT).authorizationUrl());

        assertStillOnTheChooserWithoutGoingToTheProvider(browser, hinted);
        assertThat(ChooserPage.on(browser, hinted).providers()).doesNotContain(Providers.ACCOUNT);
        assertThat(hinted.body()).contains("ne peut pas être utilisé pour cette démarche");
    }

    @Test
    void signsInThroughTheChosenProviderWithTheWholePivotIdentity() throws Exception {
        Person person = Person.random();
        UserRepresentation holder = Providers.accountHolder(admin, person);
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser browser = new Browser(urls.getBase());

        PasswordSignInPage providerLogin = ChooserPage.on(browser, browser.open(attempt.authorizationUrl()))
                .chooseToSignIn(Providers.ACCOUNT);
        assertThat(providerLogin.realm()).isEqualTo(Providers.ACCOUNT);
        Browser.Page back = ConsentPage.on(browser, providerLogin.signInToCode(holder).enter(sms.lastCode())).accept();

        Map<String, String> response = back.redirectParameters();
        assertThat(response).containsKey("code").containsEntry("state", attempt.state);
        RelyingParty.Json tokens = attempt.exchange(response.get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        assertThat(oc.verifyIdToken(tokens.string("id_token"), attempt.nonce).getClaims())
                .as("the whole pivot identity, through the chooser").containsAllEntriesOf(person.pivotClaims());
    }

    @Test
    void remembersTheProviderUsedLastAndPutsItFirst() {
        ChipHolder holder = ChipHolder.of(Person.random());
        RelyingParty rp = client(CLIENT);
        RelyingParty.Attempt attempt = rp.newAttempt();
        Browser browser = new Browser(urls.getBase());

        ChooserPage chooser = ChooserPage.on(browser, browser.open(attempt.authorizationUrl()));
        assertThat(chooser.providers()).as("nothing remembered yet: in the order of their names")
                .containsExactly(Providers.ACCOUNT, Providers.EID);
        EidChipPage chipPage = EidChipPage.on(browser, chooser.choose(Providers.EID));
        Map<String, String> response = holder.signInFrom(browser, chipPage).redirectParameters();
        assertThat(response).containsKey("code").containsEntry("state", attempt.state);
        assertThat(attempt.exchange(response.get("code")).status()).isEqualTo(200);

        // The same browser, signing in again: the provider used last comes first, marked as such.
        ChooserPage remembered = ChooserPage.on(browser, browser.open(rp.newAttempt().with("prompt", "login").authorizationUrl()));
        assertThat(remembered.providers()).containsExactly(Providers.EID, Providers.ACCOUNT);
        assertThat(remembered.page().document().select("#bawaba-tile-eid.bawaba-tile--last").text()).contains("Utilisé la dernière fois");
        Browser elsewhere = new Browser(urls.getBase());
        ChooserPage fresh = ChooserPage.on(elsewhere, elsewhere.open(rp.newAttempt().authorizationUrl()));
        assertThat(fresh.page().document().select(".bawaba-tile--last")).as("another browser knows nothing").isEmpty();
        assertThat(fresh.providers()).containsExactly(Providers.ACCOUNT, Providers.EID);
    }

    @Test
    void anUnavailableProviderIsShownWithItsNoticeAndCannotBeUsedWhileABetaOneIsMarked() {
        String noticeKey = "bawabaIdp." + DOWN + ".unavailable";
        realm.localization().saveRealmLocalizationText("fr", noticeKey, "En maintenance jusqu’à 14 h.");
        try {
            Browser browser = new Browser(urls.getBase());
            ChooserPage page = ChooserPage.on(browser, browser.open(client(STATUS_CLIENT).newAttempt().authorizationUrl()));

            assertThat(page.isDisabled(DOWN)).isTrue();
            assertThat(page.page().document().select("#bawaba-tile-" + DOWN + " .bawaba-tile__why").text())
                    .as("the operator's notice, set in the admin console").isEqualTo("En maintenance jusqu’à 14 h.");
            assertThat(page.isDisabled(BETA)).isFalse();
            assertThat(page.page().document().select("#bawaba-tile-" + BETA + " .bawaba-badge--beta").text()).isEqualTo("Bêta");

            Browser.Page english = new Browser(urls.getBase())
                    .open(client(STATUS_CLIENT).newAttempt().with("ui_locales", "en").authorizationUrl());
            assertThat(english.document().select("#bawaba-tile-" + DOWN + " .bawaba-tile__why").text())
                    .as("no notice in English: the generic reason").isEqualTo("Temporarily unavailable. Try again later or choose another account.");

            Browser hintedBrowser = new Browser(urls.getBase());
            Browser.Page hinted = hintedBrowser.open(client(STATUS_CLIENT).newAttempt().with("kc_idp_hint", DOWN).authorizationUrl());
            assertStillOnTheChooserWithoutGoingToTheProvider(hintedBrowser, hinted);
            assertThat(hinted.body()).contains("ne peut pas être utilisé pour cette démarche");
            Browser.Page forged = page.choose(DOWN);
            assertStillOnTheChooserWithoutGoingToTheProvider(browser, forged);
            assertThat(forged.body()).contains("Ce compte ne peut pas être utilisé");
        } finally {
            realm.localization().deleteRealmLocalizationText("fr", noticeKey);
        }
    }

    @Test
    void aPersonWhoCancelsAtTheProviderIsBackOnTheChooser() {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = client(CLIENT).newAttempt();
        PasswordSignInPage atProvider = ChooserPage.on(browser, browser.open(attempt.authorizationUrl()))
                .chooseToSignIn(Providers.ACCOUNT);
        assertThat(atProvider.realm()).isEqualTo(Providers.ACCOUNT);
        Map<String, String> request = atProvider.page().query();

        // What a provider sends back when the person cancels there (RFC 6749 section 4.1.2.1).
        Browser.Page back = browser.open(request.get("redirect_uri") + "?" + Browser.formEncode(Map.of(
                "state", request.get("state"), "error", "access_denied")));

        assertThat(back.uri().getPath()).startsWith("/realms/bawaba/");
        ChooserPage chooser = ChooserPage.on(browser, back);
        assertThat(chooser.messages()).contains("Vous avez annulé l’identification");
        Browser.Page atService = chooser.backToService();
        assertThat(atService.redirectParameters()).containsEntry("error", "access_denied").containsEntry("state", attempt.state);
    }

    @Test
    void goingBackToTheServiceGivesItAccessDenied() {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = client(CLIENT).newAttempt();

        Browser.Page back = ChooserPage.on(browser, browser.open(attempt.authorizationUrl())).backToService();

        assertThat(back.leftBrokerTo().toString()).startsWith(AdminFlows.TEST_REDIRECT + "?");
        assertThat(back.redirectParameters()).containsEntry("error", "access_denied").containsEntry("state", attempt.state)
                .doesNotContainKey("code");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, ltr, Quel fournisseur choisir ?", "ar, rtl, أي مزوّد أختار؟"})
    void aPersonCanUseItWithAKeyboardInFrenchAndArabic(String locale, String direction, String helpLabel) throws Exception {
        try (HeadlessChromium chromium = new HeadlessChromium(locale)) {
            chromium.open(client(LEVELS_CLIENT).newAttempt().with("ui_locales", locale).with("acr_values", "eidas2").authorizationUrl());

            assertThat(chromium.script("return getComputedStyle(document.body).direction")).isEqualTo(direction);
            chromium.screenshot("chooser-" + locale);

            WebElement help = chromium.driver().findElement(By.cssSelector("#bawaba-tile-" + SUBSTANTIAL + " .bawaba-tile__help"));
            assertThat(help.getText()).isEqualTo(helpLabel);
            help.sendKeys(Keys.ENTER);
            WebElement dialog = chromium.driver().findElement(By.id("bawaba-dialog-" + SUBSTANTIAL));
            assertThat(dialog.isDisplayed()).as("the dialog opens from the keyboard").isTrue();
            assertThat(Files.size(chromium.screenshot("chooser-" + locale + "-dialog"))).isGreaterThan(10_000);
            dialog.sendKeys(Keys.ESCAPE);
            assertThat(dialog.isDisplayed()).as("Escape closes it").isFalse();

            WebElement disabled = chromium.driver().findElement(By.id("bawaba-choose-" + LOW));
            assertThat(disabled.isEnabled()).isFalse();
        }
    }

    /**
     * The person is on the front door's chooser, in the front door's realm, and their browser never went to a
     * provider: no request to the front door's broker endpoints, none to the provider realms, so no session there.
     */
    private static void assertStillOnTheChooserWithoutGoingToTheProvider(Browser browser, Browser.Page page) {
        assertThat(page.leftBroker()).isFalse();
        assertThat(page.uri().getPath()).startsWith("/realms/bawaba/");
        assertThat(ChooserPage.isShownOn(page)).as("the chooser again:\n%s", page.body()).isTrue();
        assertThat(browser.requested()).extracting(URI::getPath)
                .noneMatch(path -> path.startsWith("/realms/" + Providers.ACCOUNT + "/"))
                .noneMatch(path -> path.startsWith("/realms/" + Providers.EID + "/"))
                .noneMatch(path -> path.contains("/broker/"));
    }

    private List<String> providerAliases() {
        return realm.identityProviders().findAll().stream().map(IdentityProviderRepresentation::getAlias).sorted().toList();
    }

    private List<String> clientIds() {
        return realm.clients().findAll().stream().map(ClientRepresentation::getClientId).sorted().toList();
    }

    private RelyingParty client(String clientId) {
        return new RelyingParty(issuer(urls.getBase()), clientId, null, AdminFlows.TEST_REDIRECT);
    }

    /** A provider that only the level tests list; it points at the account realm but is never used. */
    private void provider(String alias, String level) {
        provider(alias, level, "available");
    }

    private void provider(String alias, String level, String status) {
        if (realm.identityProviders().findAll().stream().anyMatch(idp -> idp.getAlias().equals(alias))) {
            return;
        }
        String oidc = urls.getBase() + "/realms/account/protocol/openid-connect";
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(alias);
        idp.setDisplayName(alias);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setConfig(Map.of(
                "authorizationUrl", oidc + "/auth", "tokenUrl", oidc + "/token", "clientId", "unused",
                "clientSecret", "unused", "clientAuthMethod", "client_secret_basic",
                "bawaba.loa", level, "bawaba.status", status));
        try (Response created = realm.identityProviders().create(idp)) {
            assertThat(created.getStatus()).isIn(201, 409);
        }
    }
}
