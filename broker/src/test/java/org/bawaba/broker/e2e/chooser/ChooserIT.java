package org.bawaba.broker.e2e.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.nio.file.Files;
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
import org.bawaba.broker.e2e.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
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

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private RealmResource realm;

    @BeforeEach
    void setUp() {
        realm = admin.realm("bawaba");
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
        Browser.Page page = browser.open(rp.newAttempt().with("acr_values", "eidas2").authorizationUrl());
        assertThat(page.document().selectFirst("#bawaba-choose-" + LOW).hasAttr("disabled")).isTrue();
        assertThat(page.document().select("#bawaba-tile-" + LOW).text())
                .contains("Ne permet pas d’atteindre le niveau de garantie demandé");
        assertThat(page.document().selectFirst("#bawaba-choose-" + SUBSTANTIAL).hasAttr("disabled")).isFalse();
        assertThat(page.document().select("#bawaba-chooser-level").text()).contains("substantiel");

        Browser.Page hinted = new Browser(urls.getBase())
                .open(rp.newAttempt().with("acr_values", "eidas2").with("kc_idp_hint", LOW).authorizationUrl());
        assertThat(hinted.leftBroker()).isFalse();
        assertThat(hinted.uri().getPath()).doesNotContain("/broker/");
        assertThat(hinted.document().select(".pf-v5-c-alert, .alert-error").text())
                .contains("ne peut pas être utilisé pour cette démarche");

        Browser.Page forged = browser.submit(page, "#bawaba-chooser-form", Map.of("provider", LOW));
        assertThat(forged.uri().getPath()).doesNotContain("/broker/");
        assertThat(forged.body()).contains("Ce compte ne peut pas être utilisé");
    }

    @Test
    void aHintForAProviderTheClientDoesNotAcceptIsRefused() {
        Browser.Page hinted = new Browser(urls.getBase())
                .open(client(LEVELS_CLIENT).newAttempt().with("kc_idp_hint", Providers.ACCOUNT).authorizationUrl());

        assertThat(hinted.uri().getPath()).startsWith("/realms/bawaba/");
        assertThat(hinted.document().select("button[name=provider]").eachAttr("value")).doesNotContain(Providers.ACCOUNT);
        assertThat(hinted.body()).contains("ne peut pas être utilisé pour cette démarche");
    }

    @Test
    void signsInThroughTheChosenProviderAndRemembersIt() throws Exception {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty rp = client(CLIENT);
        RelyingParty.Attempt attempt = rp.newAttempt();
        Browser browser = new Browser(urls.getBase());

        Browser.Page chooser = browser.open(attempt.authorizationUrl());
        Browser.Page providerLogin = browser.submit(chooser, "#bawaba-chooser-form", Map.of("provider", Providers.ACCOUNT));
        assertThat(providerLogin.uri().getPath()).startsWith("/realms/account/");

        Browser.Page codePage = browser.submit(providerLogin, "#kc-form-login",
                Map.of("username", holder.getUsername(), "password", TestUsers.PASSWORD));
        Browser.Page back = browser.submit(codePage, "#bawaba-code-form", Map.of("code", sms.lastCode()));
        Map<String, String> response = back.redirectParameters();
        assertThat(response).containsKey("code").containsEntry("state", attempt.state);
        RelyingParty.Json tokens = attempt.exchange(response.get("code"));
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(rp.verifyIdToken(tokens.string("id_token"), attempt.nonce).getStringClaim("given_name")).isEqualTo("Salma");

        // The same browser, signing in again: the provider used last comes first, marked as such.
        Browser.Page remembered = browser.open(rp.newAttempt().with("prompt", "login").authorizationUrl());
        assertThat(remembered.document().select("button[name=provider]").eachAttr("value")).first().isEqualTo(Providers.ACCOUNT);
        assertThat(remembered.document().select("#bawaba-tile-account.bawaba-tile--last").text()).contains("Utilisé la dernière fois");
        Browser.Page elsewhere = new Browser(urls.getBase()).open(rp.newAttempt().authorizationUrl());
        assertThat(elsewhere.document().select(".bawaba-tile--last")).as("another browser knows nothing").isEmpty();
    }

    @Test
    void anUnavailableProviderIsShownWithItsNoticeAndCannotBeUsedWhileABetaOneIsMarked() {
        String noticeKey = "bawabaIdp." + DOWN + ".unavailable";
        realm.localization().saveRealmLocalizationText("fr", noticeKey, "En maintenance jusqu’à 14 h.");
        try {
            Browser browser = new Browser(urls.getBase());
            Browser.Page page = browser.open(client(STATUS_CLIENT).newAttempt().authorizationUrl());

            assertThat(page.document().selectFirst("#bawaba-choose-" + DOWN).hasAttr("disabled")).isTrue();
            assertThat(page.document().select("#bawaba-tile-" + DOWN + " .bawaba-tile__why").text())
                    .as("the operator's notice, set in the admin console").isEqualTo("En maintenance jusqu’à 14 h.");
            assertThat(page.document().selectFirst("#bawaba-choose-" + BETA).hasAttr("disabled")).isFalse();
            assertThat(page.document().select("#bawaba-tile-" + BETA + " .bawaba-badge--beta").text()).isEqualTo("Bêta");

            Browser.Page english = new Browser(urls.getBase())
                    .open(client(STATUS_CLIENT).newAttempt().with("ui_locales", "en").authorizationUrl());
            assertThat(english.document().select("#bawaba-tile-" + DOWN + " .bawaba-tile__why").text())
                    .as("no notice in English: the generic reason").isEqualTo("Temporarily unavailable. Try again later or choose another account.");

            Browser.Page hinted = new Browser(urls.getBase())
                    .open(client(STATUS_CLIENT).newAttempt().with("kc_idp_hint", DOWN).authorizationUrl());
            assertThat(hinted.uri().getPath()).startsWith("/realms/bawaba/");
            assertThat(hinted.body()).contains("ne peut pas être utilisé pour cette démarche");
            Browser.Page forged = browser.submit(page, "#bawaba-chooser-form", Map.of("provider", DOWN));
            assertThat(forged.uri().getPath()).doesNotContain("/broker/");
        } finally {
            realm.localization().deleteRealmLocalizationText("fr", noticeKey);
        }
    }

    @Test
    void aPersonWhoCancelsAtTheProviderIsBackOnTheChooser() {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = client(CLIENT).newAttempt();
        Browser.Page chooser = browser.open(attempt.authorizationUrl());
        Browser.Page atProvider = browser.submit(chooser, "#bawaba-chooser-form", Map.of("provider", Providers.ACCOUNT));
        assertThat(atProvider.uri().getPath()).startsWith("/realms/account/");
        Map<String, String> request = atProvider.query();

        // What a provider sends back when the person cancels there (RFC 6749 section 4.1.2.1).
        Browser.Page back = browser.open(request.get("redirect_uri") + "?" + Browser.formEncode(Map.of(
                "state", request.get("state"), "error", "access_denied")));

        assertThat(back.uri().getPath()).startsWith("/realms/bawaba/");
        assertThat(back.document().select("#bawaba-chooser-form")).as("back on the chooser:\n%s", back.body()).isNotEmpty();
        assertThat(back.document().select(".pf-v5-c-alert, .alert-error").text())
                .contains("Vous avez annulé l’identification avec");
        Browser.Page atService = browser.submit(back, "#bawaba-cancel-form", Map.of("cancel", "true"));
        assertThat(atService.redirectParameters()).containsEntry("error", "access_denied").containsEntry("state", attempt.state);
    }

    @Test
    void goingBackToTheServiceGivesItAccessDenied() {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = client(CLIENT).newAttempt();
        Browser.Page chooser = browser.open(attempt.authorizationUrl());

        Browser.Page back = browser.submit(chooser, "#bawaba-cancel-form", Map.of("cancel", "true"));

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
