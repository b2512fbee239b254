package org.bawaba.broker.e2e.loa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.REALM;

import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.TestRelyingParties;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.IdentityProviderResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The front door speaks only the names of its levels: discovery lists them and nothing else, and a sign-in that
 * reached none of them gets an ID token without {@code acr}, never Keycloak's bare number.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class NamedLevelsOnlyIT {

    private static final String RP = "named-levels-rp";
    private static final String RP_SECRET = "test-only-named-levels-secret";
    private static final String RP_REDIRECT = "http://localhost:8090/named-levels/callback";

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private RelyingParty rp;

    @BeforeEach
    void setUp() {
        rp = TestRelyingParties.confidential(admin, urls.getBase(), RP, RP_SECRET, RP_REDIRECT, Map.of());
    }

    @Test
    void discoveryListsOnlyTheNamedLevels() {
        assertThat(rp.discovery().get("acr_values_supported")).asList().containsExactly("eidas1", "eidas2", "eidas3");
    }

    @Test
    void aSignInThroughAProviderWithoutALevelCarriesNoAcrNotEvenOnReuse() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        IdentityProviderResource eid = admin.realm(REALM).identityProviders().get(Providers.EID);
        IdentityProviderRepresentation shipped = eid.toRepresentation();
        String level = shipped.getConfig().remove("bawaba.loa");
        eid.update(shipped);
        try {
            RelyingParty.Attempt attempt = rp.newAttempt();
            JWTClaimsSet signedIn = TestRelyingParties.idToken(rp, attempt,
                    holder.signIn(browser, attempt.authorizationUrl()));
            assertThat(signedIn.getClaims()).as("a level the front door cannot vouch for, whatever the provider says")
                    .doesNotContainKey("acr");

            RelyingParty.Attempt reused = rp.newAttempt();
            JWTClaimsSet again = TestRelyingParties.idToken(rp, reused, browser.open(reused.authorizationUrl()));
            assertThat(again.getSubject()).isEqualTo(signedIn.getSubject());
            assertThat(again.getClaims()).as("single sign-on, still no level").doesNotContainKey("acr");
        } finally {
            shipped.getConfig().put("bawaba.loa", level);
            eid.update(shipped);
        }
    }
}
