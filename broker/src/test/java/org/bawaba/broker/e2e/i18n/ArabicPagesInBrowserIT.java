package org.bawaba.broker.e2e.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.AdminFlows.Step;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Axe;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Arabic pages in a real browser: numbers, codes, examples and levels inside right-to-left sentences read left
 * to right, where the sentence puts them (measured on the rendered glyphs), counts agree with their noun, and a
 * provider is named in Arabic. Screenshots: target/screenshots/&lt;database&gt;/i18n-*-ar.png.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ArabicPagesInBrowserIT {

    private static final String ENROL_CLIENT = "test-i18n-enrol-phone";
    private static final String ISOLATES = "[\u2066-\u2069]";

    /**
     * Where a regular expression first matches in an element's text, and the left edge of each of its text node's
     * characters as the browser lays them out: [at, the match, [left of char 0, left of char 1, …], the node's text].
     */
    private static final String GLYPHS = """
            const [element, source] = arguments;
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const match = new RegExp(source).exec(node.data);
              if (!match) { continue; }
              const lefts = [];
              for (let i = 0; i < node.data.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                lefts.push(range.getBoundingClientRect().left);
              }
              return [match.index, match[0], lefts, node.data];
            }
            return null;""";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @Test
    void theChooserShowsLevelsWithTheirLatinNameInPlace() {
        try (HeadlessChromium chromium = new HeadlessChromium("ar")) {
            chromium.open(oc().newAttempt().with("ui_locales", "ar").authorizationUrl());
            WebDriver driver = patient(chromium);

            assertThat(driver.findElement(By.id("kc-page-title")).getText()).contains("اختر حسابًا لإثبات هويتك");
            assertThat(driver.findElement(By.cssSelector("#bawaba-tile-account .bawaba-tile__name")).getText())
                    .as("the provider's name in Arabic").isEqualTo("حساب «بوابة»");
            WebElement badge = driver.findElement(By.cssSelector("#bawaba-tile-account .bawaba-badge"));
            Glyphs level = glyphs(chromium, badge, "eIDAS 2");
            level.readsLeftToRight();
            int open = level.node().lastIndexOf('(', level.at());
            int close = level.node().indexOf(')', level.last());
            assertThat(level.left(open)).as("'(' before the Latin run, on its right in Arabic")
                    .isGreaterThan(level.left(level.last()));
            assertThat(level.left(close)).as("')' after it, on its left").isLessThan(level.left(level.at()));
            Axe.assertNoSeriousFindings(chromium, "i18n-chooser-ar");
            chromium.screenshot("i18n-chooser-ar");
        }
    }

    @Test
    void theCodePageShowsTheMaskedNumberLeftToRightAndCountsAttemptsInArabic() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        try (HeadlessChromium chromium = new HeadlessChromium("ar")) {
            chromium.open(oc().newAttempt().with("ui_locales", "ar").with("kc_idp_hint", Providers.ACCOUNT).authorizationUrl());
            WebDriver driver = patient(chromium);
            driver.findElement(By.id("username")).sendKeys(holder.getUsername());
            driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            driver.findElement(By.id("kc-login")).click();

            WebElement hint = driver.findElement(By.id("bawaba-code-hint"));
            assertThat(hint.getText()).startsWith("أُرسل إلى الرقم");
            glyphs(chromium, hint, "\\+212[0-9*]+").readsLeftToRight();
            WebElement sent = driver.findElement(By.xpath("//*[contains(text(), 'أرسلنا للتو')]"));
            glyphs(chromium, sent, "\\+212[0-9*]+").readsLeftToRight();
            Axe.assertNoSeriousFindings(chromium, "i18n-code-ar");
            chromium.screenshot("i18n-code-ar");

            driver.findElement(By.id("code")).sendKeys(wrong(sms.lastCode()));
            driver.findElement(By.id("bawaba-code-submit")).click();
            WebElement error = driver.findElement(By.xpath("//*[contains(text(), 'الرمز غير صحيح')]"));
            assertThat(error.getText().replaceAll(ISOLATES, ""))
                    .as("four attempts left: the plural of 3 to 10, in digits 0-9").contains("بقيت لك 4 محاولات");
            Axe.assertNoSeriousFindings(chromium, "i18n-code-wrong-ar");
            chromium.screenshot("i18n-code-wrong-ar");
        }
    }

    @Test
    void theContactPageShowsItsExampleNumbersLeftToRightInReadingOrder() {
        AdminFlows flows = new AdminFlows(admin.realm(Providers.ACCOUNT));
        flows.clientWithFlow(ENROL_CLIENT, "test-i18n-password-then-enrol-phone",
                Step.of("auth-username-password-form"), Step.of("bawaba-enrol-phone"));
        UserRepresentation user = TestUsers.create(admin.realm(Providers.ACCOUNT), TestUsers.uniqueName("i18n"), null, false,
                Map.of());
        RelyingParty rp = new RelyingParty(urls.getBase() + "/realms/" + Providers.ACCOUNT, ENROL_CLIENT, null,
                AdminFlows.TEST_REDIRECT);
        try (HeadlessChromium chromium = new HeadlessChromium("ar")) {
            chromium.open(rp.newAttempt().with("ui_locales", "ar").authorizationUrl());
            WebDriver driver = patient(chromium);
            driver.findElement(By.id("username")).sendKeys(user.getUsername());
            driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            driver.findElement(By.id("kc-login")).click();

            WebElement hint = driver.findElement(By.id("bawaba-contact-hint"));
            Glyphs moroccan = glyphs(chromium, hint, "06 12 34 56 78");
            Glyphs abroad = glyphs(chromium, hint, "\\+33 6 12 34 56 78");
            moroccan.readsLeftToRight();
            abroad.readsLeftToRight();
            assertThat(moroccan.left(moroccan.at)).as("the first example comes first: on the right in Arabic")
                    .isGreaterThan(abroad.left(abroad.last()));
            assertThat(driver.findElement(By.id("bawaba-contact-submit")).getText()).isEqualTo("إرسال الرمز");
            Axe.assertNoSeriousFindings(chromium, "i18n-contact-ar");
            chromium.screenshot("i18n-contact-ar");
        }
    }

    @Test
    void cancellingAtAProviderIsToldInArabicWithoutTheProvidersConfiguredName() {
        Browser browser = new Browser(urls.getBase()).acceptLanguage("ar");
        Browser.Page chooser = browser.open(oc().newAttempt().with("ui_locales", "ar").authorizationUrl());
        Browser.Page atProvider = browser.submit(chooser, "#bawaba-chooser-form", Map.of("provider", Providers.ACCOUNT));
        Map<String, String> request = atProvider.query();

        Browser.Page back = browser.open(request.get("redirect_uri") + "?" + Browser.formEncode(Map.of(
                "state", request.get("state"), "error", "access_denied")));

        assertThat(back.document().select("#bawaba-chooser-form")).as("back on the chooser:\n%s", back.body()).isNotEmpty();
        String alert = back.document().select(".pf-v5-c-alert, .alert-error").text();
        assertThat(alert).contains("ألغيت التحقق من هويتك لدى مزوّد الهوية");
        assertThat(back.document().text()).as("no French in the Arabic page").doesNotContain("Compte Bawaba");
    }

    private RelyingParty oc() {
        return new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    /** The driver, waiting up to 10 s for an element to appear after a page change. */
    private static WebDriver patient(HeadlessChromium chromium) {
        WebDriver driver = chromium.driver();
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return driver;
    }

    private static String wrong(String code) {
        return code.charAt(0) == '9' ? "0" + code.substring(1) : "9" + code.substring(1);
    }

    private static Glyphs glyphs(HeadlessChromium chromium, WebElement element, String regex) {
        Object found = chromium.script(GLYPHS, element, regex);
        assertThat(found).as("/%s/ in: %s", regex, element.getText()).isNotNull();
        List<?> parts = (List<?>) found;
        List<?> lefts = (List<?>) parts.get(2);
        return new Glyphs(((Number) parts.get(0)).intValue(), (String) parts.get(1),
                lefts.stream().map(left -> ((Number) left).doubleValue()).toList(), (String) parts.get(3), element.getText());
    }

    /** A run found in a text node: where it starts, the run, where the browser drew each character of the node. */
    private record Glyphs(int at, String run, List<Double> lefts, String node, String text) {

        int last() {
            return at + run.length() - 1;
        }

        double left(int index) {
            return lefts.get(index);
        }

        /** Each character of the run is drawn to the right of the one before it. */
        void readsLeftToRight() {
            for (int i = at + 1; i <= last(); i++) {
                assertThat(left(i)).as("character %d of \"%s\" right of the one before, in: %s", i - at, run, text)
                        .isGreaterThan(left(i - 1));
            }
        }
    }
}
