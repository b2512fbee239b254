package org.bawaba.broker.e2e.locales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The login page as a person sees it in a real browser: Arabic laid out right to left (the brand and the
 * labels on the right), French and English left to right; screenshots under target/screenshots/.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class LoginPageInBrowserIT {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, ltr", "ar, rtl", "en, ltr"})
    void isLaidOutInTheDirectionOfItsLanguage(String locale, String direction) throws Exception {
        RelyingParty rp = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        try (HeadlessChromium chromium = new HeadlessChromium(locale)) {
            chromium.open(rp.newAttempt().with("ui_locales", locale).with("kc_idp_hint", "account").authorizationUrl());
            assertThat(chromium.driver().getCurrentUrl()).as("the account provider's password form").contains("/realms/account/");

            assertThat(chromium.script("return document.documentElement.lang")).isEqualTo(locale);
            assertThat(chromium.script("return getComputedStyle(document.body).direction")).isEqualTo(direction);

            WebElement form = chromium.driver().findElement(By.id("kc-form-login"));
            WebElement label = chromium.driver().findElement(By.cssSelector("label[for=username]"));
            int formCentre = form.getRect().getX() + form.getRect().getWidth() / 2;
            boolean labelOnTheRight = label.getRect().getX() > formCentre;
            assertThat(labelOnTheRight).as("label side in %s", locale).isEqualTo("rtl".equals(direction));

            Path shot = chromium.screenshot("login-" + locale);
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
    }
}
