package org.bawaba.broker.e2e.loa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestRelyingParties;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A relying party with its own {@code acr.loa.map}, naming the realm's levels in its own words: Keycloak ranks its
 * request with that map, and the chooser, the broker and the ID token all follow the same ranks and names.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ClientLevelOfAssuranceMapIT {

    private static final String RP = "loa-own-names-rp";
    private static final String RP_SECRET = "test-only-loa-own-names-secret";
    private static final String RP_REDIRECT = "http://localhost:8090/own-names/callback";
    private static final String OWN_MAP = "{\"faible\":1,\"substantiel\":2,\"eleve\":3}";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private Browser browser;
    private RelyingParty rp;

    @BeforeEach
    void setUp() {
        browser = new Browser(urls.getBase());
        rp = TestRelyingParties.confidential(admin, urls.getBase(), RP, RP_SECRET, RP_REDIRECT, Map.of("acr.loa.map", OWN_MAP));
    }

    @Test
    void theChooserTheProviderRequestAndTheTokenFollowTheClientsOwnNames() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt().with("acr_values", "substantiel");

        Browser.Page chooser = browser.open(attempt.authorizationUrl());
        assertThat(chooser.document().selectFirst("#bawaba-choose-" + Providers.ACCOUNT).hasAttr("disabled"))
                .as("eidas2 is this client's substantiel").isFalse();
        assertThat(chooser.document().selectFirst("#bawaba-choose-" + Providers.EID).hasAttr("disabled"))
                .as("eidas3 is above it").isFalse();

        Browser.Page login = browser.submit(chooser, "#bawaba-chooser-form", Map.of("provider", Providers.ACCOUNT));
        assertThat(login.uri().getPath()).startsWith("/realms/account/");
        assertThat(login.query()).as("the provider is asked in its own names")
                .containsEntry("acr_values", "eidas2 eidas3");
        Browser.Page codePage = browser.submit(login, "#kc-form-login",
                Map.of("username", holder.getUsername(), "password", TestUsers.PASSWORD));
        Browser.Page back = browser.submit(codePage, "#bawaba-code-form", Map.of("code", sms.lastCode()));

        JWTClaimsSet id = TestRelyingParties.idToken(rp, attempt, back);
        assertThat(id.getClaim("acr")).as("the broker credited the level the chooser promised").isEqualTo("substantiel");
    }

    @Test
    void withoutARequestTheTokenNamesTheLevelReachedInTheClientsNames() {
        ChipHolder holder = ChipHolder.of(Person.random());
        RelyingParty.Attempt attempt = rp.newAttempt();

        Browser.Page back = holder.signIn(browser, attempt.authorizationUrl());

        assertThat(TestRelyingParties.idToken(rp, attempt, back).getClaim("acr")).as("eidas3").isEqualTo("eleve");
    }

    @Test
    void theClientsHighestLevelLeavesOnlyTheChipToChoose() {
        RelyingParty.Attempt attempt = rp.newAttempt()
                .with("claims", "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"eleve\"]}}}");

        Browser.Page chooser = browser.open(attempt.authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT);

        assertThat(chooser.uri().getPath()).as("eleve ranks as eidas3: not the account provider's eidas2")
                .startsWith("/realms/bawaba/");
        assertThat(chooser.document().select("button[name=provider]:not([disabled])").eachAttr("value"))
                .containsExactly(Providers.EID);
    }
}
