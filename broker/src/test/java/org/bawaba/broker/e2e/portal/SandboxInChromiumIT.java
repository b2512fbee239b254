package org.bawaba.broker.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.HeadlessChromium;
import org.bawaba.broker.e2e.support.JourneyInChromium;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;

/**
 * The sandbox's list of fictitious people in headless Chromium, in French, Arabic (right to left) and English:
 * language, direction, axe-core and a screenshot (target/screenshots/…/journey-sandbox-*.png), a person below the
 * service's level shown but not choosable, and a sign-in as one who is.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class SandboxInChromiumIT {

    private static final String CLIENT = "test-sandbox-chromium";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void theListOfFictitiousPeopleReadsInThePersonsLanguageAndPassesAxe(String language) {
        sandboxClientAskingForLevel2();
        RelyingParty client = new RelyingParty(urls.getBase() + "/realms/sandbox", CLIENT, null, AdminFlows.TEST_REDIRECT);

        try (HeadlessChromium chromium = new HeadlessChromium(language)) {
            JourneyInChromium journey = new JourneyInChromium(chromium, "sandbox", language);
            chromium.open(client.newAttempt().with("ui_locales", language).authorizationUrl());
            journey.arriveAt("people", "#bawaba-sandbox-form");
            assertThat(chromium.driver().findElements(By.cssSelector("#bawaba-sandbox-people input[disabled]")))
                    .as("the eidas1 people, below the service's level").hasSize(2);

            journey.click("#bawaba-sandbox-submit");
            journey.arriveAt("nobody-chosen", "#bawaba-sandbox-form");
            assertThat(chromium.driver().findElement(By.cssSelector("#bawaba-sandbox-people")).getText()).contains("Khadija");
        }
    }

    private void sandboxClientAskingForLevel2() {
        if (!admin.realm("sandbox").clients().findByClientId(CLIENT).isEmpty()) {
            return;
        }
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of(AdminFlows.TEST_REDIRECT));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256", "default.acr.values", "eidas2"));
        try (Response created = admin.realm("sandbox").clients().create(client)) {
            assertThat(created.getStatus()).isIn(201, 409);
        }
    }
}
