package org.bawaba.broker.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.PortalPeople;
import org.bawaba.broker.e2e.support.PortalPeople.PortalPerson;
import org.bawaba.broker.e2e.support.PortalProcess;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
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
 * The portal's pages in headless Chromium, in French, Arabic (right to left) and English: an integrator signs in
 * through the front door, sees their application and asks for production; an operator signs in and approves it.
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
    void anIntegratorAsksForProductionAndAnOperatorApprovesInTheirLanguage(String language) {
        PortalPerson integrator = PortalPeople.withRole(admin, urls.getBase(), sms, "bawaba-integrator");
        PortalPerson operator = PortalPeople.withRole(admin, urls.getBase(), sms, "bawaba-operator");
        Json created = portal.call("POST", "/api/applications", integrator.accessToken(), PortalIT.application());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.string("id");

        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "portal-integrator", language);
            chromium.open(PortalProcess.BASE + "/?lang=" + language);
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
            chromium.open(PortalProcess.BASE + "/my/applications/" + id);
            journey.arriveAt("application", "#portal-submit");
            journey.click("#portal-submit");
            journey.arriveAt("submitted", "#portal-done");
        }
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "portal-operator", language);
            chromium.open(PortalProcess.BASE + "/my/reviews?lang=" + language);
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
