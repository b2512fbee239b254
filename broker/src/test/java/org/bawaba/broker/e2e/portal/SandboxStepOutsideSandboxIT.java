package org.bawaba.broker.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.AdminFlows.Step;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The fictitious-person step signs in without any credential: put by mistake in a real realm's flow, it refuses to
 * run and lists nobody.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class SandboxStepOutsideSandboxIT {

    private static final String CLIENT = "test-sandbox-step-misplaced";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @Test
    void inARealmThatIsNotASandboxTheStepRefusesToRun() {
        new AdminFlows(admin.realm(Providers.ACCOUNT)).clientWithFlow(CLIENT, "test-sandbox-step-misplaced",
                Step.of("bawaba-sandbox-person"));
        RelyingParty client = new RelyingParty(urls.getBase() + "/realms/" + Providers.ACCOUNT, CLIENT, null,
                AdminFlows.TEST_REDIRECT);

        Browser.Page page = new Browser(urls.getBase()).open(client.newAttempt().authorizationUrl());

        assertThat(page.leftBroker()).as("no code is issued").isFalse();
        assertThat(page.document().select("#bawaba-sandbox-form")).as("nobody is listed").isEmpty();
        assertThat(page.body()).doesNotContain("Test-only", "acct-");
        List<EventRepresentation> errors = admin.realm(Providers.ACCOUNT)
                .getEvents(List.of("LOGIN_ERROR"), CLIENT, null, null, null, null, 0, 10);
        assertThat(errors).extracting(EventRepresentation::getError).contains("sandbox_step_outside_sandbox");
    }
}
