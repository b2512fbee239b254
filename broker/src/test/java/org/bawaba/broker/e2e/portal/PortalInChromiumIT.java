package org.bawaba.broker.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.PortalPeople;
import org.bawaba.broker.e2e.support.PortalPeople.PortalPerson;
import org.bawaba.broker.e2e.support.PortalProcess;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;

/**
 * The portal's pages in headless Chromium, in French, Arabic (right to left) and English, chosen in the portal by a
 * person whose browser prefers another language: an integrator signs in through the front door, registers a service
 * with the form (first with errors), sees its sandbox credentials and asks for production; an operator signs in and
 * approves it. The chosen language holds on every page, the front door's included.
 * Language, direction, axe-core and a screenshot of each page (target/screenshots/…/journey-portal-*.png).
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class PortalInChromiumIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    private PortalProcess portal;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @BeforeEach
    void portalIsRunning() {
        portal = PortalProcess.shared(urls.getBase());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void anIntegratorRegistersAndAsksForProductionAndAnOperatorApprovesInTheLanguageTheyChose(String language) {
        PortalPerson integrator = PortalPeople.withRole(admin, urls.getBase(), sms, "bawaba-integrator");
        PortalPerson operator = PortalPeople.withRole(admin, urls.getBase(), sms, "bawaba-operator");
        // The browser prefers another language: the one chosen in the portal must hold at the front door and back.
        String browserLanguage = "en".equals(language) ? "fr" : "en";
        String id;

        try (HeadlessChromium chromium = new HeadlessChromium(browserLanguage)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "portal-integrator", language);
            chromium.open(PortalProcess.BASE + "/?ui_locales=" + language);
            journey.arriveAt("home", "#portal-home");
            journey.click("#portal-sign-in");
            signIn(journey, integrator);
            journey.arriveAt("applications", "#portal-applications");
            journey.click("#portal-new");
            journey.arriveAt("new", "#portal-new-form");
            journey.type("#f-organisation", "Office des Changes");
            journey.click("#portal-create");
            journey.arriveAt("new-with-errors", "#portal-problems");
            assertThat(chromium.driver().findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
            journey.type("[id='f-serviceName.fr']", "Déclarations en ligne");
            journey.type("[id='f-serviceName.ar']", "التصريحات عبر الإنترنت");
            journey.type("[id='f-serviceName.en']", "Online declarations");
            journey.type("[id='f-description.fr']", "Déclarer ses avoirs.");
            journey.type("[id='f-description.ar']", "التصريح بالممتلكات.");
            journey.type("[id='f-description.en']", "Declare assets.");
            journey.type("[id='f-contact.name']", "Salma Idrissi");
            journey.type("[id='f-contact.email']", "integration@oc.example.ma");
            journey.type("#f-redirectUris", "https://declarations.oc.example.ma/callback");
            journey.click("#f-scope-profile");
            journey.type("#f-legalBasis-profile", "Loi 15-95, art. 3");
            journey.click("#portal-create");
            journey.arriveAt("created", "#portal-sandbox-credentials");
            assertThat(chromium.driver().findElement(By.id("portal-sandbox-secret")).getText()).isNotBlank();
            String href = chromium.driver().findElement(By.id("portal-to-application")).getAttribute("href");
            id = href.substring(href.lastIndexOf('/') + 1);
            journey.click("#portal-to-application");
            journey.arriveAt("application", "#portal-submit");
            journey.click("#portal-submit");
            journey.arriveAt("submitted", "#portal-done");
        }
        try (HeadlessChromium chromium = new HeadlessChromium(browserLanguage)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "portal-operator", language);
            chromium.open(PortalProcess.BASE + "/my/reviews?ui_locales=" + language);
            signIn(journey, operator);
            journey.arriveAt("reviews", "#portal-reviews");
            chromium.open(PortalProcess.BASE + "/my/reviews/" + id);
            journey.arriveAt("review", "#portal-decision-form");
            journey.type("#portal-comment", "OK");
            journey.click("#portal-approve");
            journey.arriveAt("approved", "#portal-production-client");
            assertThat(chromium.driver().findElement(By.id("portal-production-client")).getText()).isEqualTo("rp-" + id);
        }
    }

    /** Through the front door: the chooser, the account provider's password form and its SMS code. */
    private static void signIn(JourneyInChromium journey, PortalPerson person) {
        journey.arriveAt("chooser", "#bawaba-chooser-form");
        journey.click("#bawaba-choose-account");
        journey.arriveAt("password", "#kc-form-login");
        journey.type("#username", person.holder().getUsername());
        journey.type("#password", TestUsers.PASSWORD);
        journey.click("#kc-login");
        journey.arriveAt("code", "#bawaba-code-form");
        journey.type("#code", sms.lastCode());
        journey.click("#bawaba-code-submit");
    }
}
