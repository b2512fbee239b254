package org.bawaba.broker.e2e.locales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.net.URI;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/** The bawaba login theme in French (default), Arabic (right-to-left) and English. */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class LoginPageLocalesIT {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @ParameterizedTest(name = "ui_locales={0}")
    @CsvSource(delimiter = '|', value = {
            "fr | ltr | Connectez-vous avec votre compte Bawaba | Mot de passe | Votre identité numérique pour les services publics",
            "ar | rtl | سجّل الدخول بحسابك في «بوابة»             | كلمة المرور  | هويتك الرقمية للخدمات العمومية",
            "en | ltr | Sign in with your Bawaba account        | Password     | Your digital identity for public services",
    })
    void rendersInTheRequestedLanguage(String locale, String direction, String title, String passwordLabel, String tagline) {
        Document page = openLogin(new Browser(urls.getBase()), locale);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(locale);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo(direction);
        assertThat(page.select("#kc-page-title").text()).isEqualTo(title);
        assertThat(page.select("label[for=password]").text()).contains(passwordLabel);
        assertThat(page.select(".bawaba-tagline").text()).isEqualTo(tagline);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).anyMatch(href -> href.endsWith("/css/bawaba.css"));
    }

    @Test
    void frenchIsTheDefaultAndTheSwitcherOffersAllThreeLanguages() {
        Document page = openLogin(new Browser(urls.getBase()).acceptLanguage("de"), null);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        // Each language is offered under its own name, whatever the page's language.
        assertThat(page.select("#login-select-toggle option").eachText())
                .hasSize(3)
                .anyMatch(label -> label.contains("Français"))
                .anyMatch(label -> label.contains("العربية"))
                .anyMatch(label -> label.contains("English"));
    }

    @Test
    void theLanguageChosenInTheSwitcherSticks() {
        Browser browser = new Browser(urls.getBase());
        Document french = openLogin(browser, null);
        String arabicUrl = french.select("#login-select-toggle option").stream()
                .filter(option -> option.text().contains("العربية"))
                .findFirst().orElseThrow()
                .attr("value");

        Document arabic = browser.open(URI.create(urls.getBase()).resolve(arabicUrl).toString()).document();

        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#kc-page-title").text()).isEqualTo("سجّل الدخول بحسابك في «بوابة»");
    }

    private Document openLogin(Browser browser, String uiLocale) {
        RelyingParty rp = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        // The password form is the account provider's; the front door forwards the requested language to it.
        Browser.Page page = browser.open(rp.newAttempt().with("ui_locales", uiLocale).with("kc_idp_hint", "account").authorizationUrl());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).startsWith("/realms/account/");
        return page.document();
    }
}
