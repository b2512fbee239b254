package org.bawaba.broker.e2e.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestUsers;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;

/**
 * Every page of the person's space in headless Chromium, in French, Arabic (right to left) and English: language,
 * direction, axe-core (no serious finding) and a screenshot of each (target/screenshots/…/journey-space-*.png).
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class PersonSpaceInChromiumIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void everyPageOfTheSpaceReadsInThePersonsLanguageAndPassesAxe(String language) {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        // A service to show on the services page: the person signed in there once and agreed to share.
        Browser elsewhere = new Browser(urls.getBase());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        Providers.agreeToShareIfAsked(elsewhere,
                Providers.signInThroughChooser(elsewhere, oc.newAttempt().authorizationUrl(), holder, sms));

        String space = urls.getBase() + "/realms/" + REALM + "/bawaba-space/";
        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "space", language);
            chromium.open(space);
            journey.arriveAt("chooser", "#bawaba-chooser-form");
            journey.click("#bawaba-choose-account");
            journey.arriveAt("password", "#kc-form-login");
            journey.type("#username", holder.getUsername());
            journey.type("#password", TestUsers.PASSWORD);
            journey.click("#kc-login");
            journey.arriveAt("code", "#bawaba-code-form");
            journey.type("#code", sms.lastCode());
            journey.click("#bawaba-code-submit");

            journey.arriveAt("identity", "#bawaba-space-identity");
            journey.click("#bawaba-space-nav-history");
            journey.arriveAt("history", "#bawaba-space-history");
            journey.click("#bawaba-space-nav-services");
            journey.arriveAt("services", "#bawaba-space-revoke-oc-connect");
            journey.click("#bawaba-space-revoke-oc-connect button");
            journey.arriveAt("service-withdrawn", "#bawaba-space-done");
            journey.click("#bawaba-space-nav-providers");
            journey.arriveAt("providers", "#bawaba-space-providers");
            journey.click("#bawaba-space-block-account");
            journey.click("#bawaba-space-providers-save");
            journey.arriveAt("providers-last-way-in", "#bawaba-space-error");
            journey.click("#bawaba-space-nav-sessions");
            journey.arriveAt("sessions", "#bawaba-space-sign-out-everywhere");
            assertThat(chromium.driver().findElements(By.cssSelector(".bawaba-space-session"))).hasSize(2);
            journey.click("#bawaba-space-sign-out-everywhere button");
            journey.arriveAt("signed-out", "#bawaba-space-signed-out");
        }
    }
}
