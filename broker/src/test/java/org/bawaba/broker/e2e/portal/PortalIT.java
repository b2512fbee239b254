package org.bawaba.broker.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.REALM;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.PortalPeople;
import org.bawaba.broker.e2e.support.PortalProcess;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The integrators' portal with the real front door: an integrator signs in to the portal through Bawaba and
 * registers a service, tries it in the sandbox with a fictitious person, an operator approves it, the portal creates
 * the production client through Keycloak's admin API, and a person's sign-in through that client returns exactly the
 * approved claims and a pairwise subject.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class PortalIT {

    private static final String SERVICE_REDIRECT = "https://declarations.oc.example.ma/callback";
    /** What every ID token carries, whatever the scopes. */
    private static final Set<String> PROTOCOL_CLAIMS = Set.of("iss", "sub", "aud", "exp", "iat", "auth_time", "nonce",
            "acr", "amr", "azp", "sid", "jti", "typ", "at_hash", "c_hash", "s_hash");

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    private PortalProcess portal;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @BeforeEach
    void portalIsRunning() {
        portal = PortalProcess.shared(urls.getBase());
    }

    @Test
    void anApprovedApplicationGetsAProductionClientThatReleasesExactlyTheApprovedClaims() throws Exception {
        String integrator = tokenWithRole("bawaba-integrator");
        String operator = tokenWithRole("bawaba-operator");

        Json created = portal.call("POST", "/api/applications", integrator, application());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.string("id");
        assertThat(portal.call("POST", "/api/reviews/" + id + "/approval", integrator, Map.of()).status())
                .as("an integrator cannot approve").isEqualTo(403);
        assertThat(portal.call("POST", "/api/applications/" + id + "/submission", integrator, null).status()).isEqualTo(200);

        Json approved = portal.call("POST", "/api/reviews/" + id + "/approval", operator, Map.of("comment", "Conforme."));
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        Json secret = portal.call("POST", "/api/applications/" + id + "/production-secret", integrator, null);
        assertThat(secret.status()).as("%s", secret).isEqualTo(200);
        String clientId = secret.string("clientId");
        assertThat(clientId).isEqualTo("rp-" + id);
        assertThat(secret.string("issuer")).isEqualTo(issuer(urls.getBase()));

        ClientResource client = clientResource(clientId);
        ClientRepresentation settings = client.toRepresentation();
        assertThat(settings.isConsentRequired()).isTrue();
        assertThat(settings.isPublicClient()).isFalse();
        assertThat(settings.getRedirectUris()).containsExactly(SERVICE_REDIRECT);
        assertThat(settings.getAttributes()).containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("bawaba.identityProviders", "account")
                .containsEntry("default.acr.values", "eidas2");
        assertThat(client.getDefaultClientScopes()).extracting(ClientScopeRepresentation::getName)
                .containsExactlyInAnyOrder("basic", "acr", "amr", "profile", "email");
        assertThat(client.getOptionalClientScopes()).isEmpty();

        UserRepresentation citizen = Providers.accountHolder(admin, Person.random());
        RelyingParty service = new RelyingParty(issuer(urls.getBase()), clientId, secret.string("clientSecret"), SERVICE_REDIRECT);
        RelyingParty.Attempt attempt = service.newAttempt();
        Browser browser = new Browser(urls.getBase());
        Browser.Page back = Providers.agreeToShareIfAsked(browser,
                Providers.signInWithAccount(browser, attempt.authorizationUrl(), citizen, sms));
        assertThat(back.leftBrokerTo()).as(back.body()).isNotNull();
        assertThat(back.leftBrokerTo().toString()).startsWith(SERVICE_REDIRECT + "?");
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("%s", tokens).isEqualTo(200);

        JWTClaimsSet idToken = service.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        Set<String> personal = new java.util.TreeSet<>(idToken.getClaims().keySet());
        personal.removeAll(PROTOCOL_CLAIMS);
        assertThat(personal).as("the claims of profile and email, nothing else")
                .isSubsetOf("given_name", "family_name", "birthdate", "gender", "preferred_username", "email", "email_verified")
                .contains("given_name", "family_name", "birthdate", "email")
                .doesNotContain("given_name_ar", "family_name_ar", "birthcountry", "birthplace", "national_id");
        assertThat(idToken.getStringClaim("acr")).isEqualTo("eidas2");

        UserRepresentation frontDoor = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, citizen).get(0);
        assertThat(idToken.getSubject()).as("pairwise: not the front door's own id").isNotEqualTo(frontDoor.getId());
        Json userinfo = service.userinfo(tokens.string("access_token"));
        assertThat(userinfo.body()).containsEntry("sub", idToken.getSubject()).doesNotContainKeys("given_name_ar", "birthplace");

        Json rotated = portal.call("POST", "/api/applications/" + id + "/production-secret", integrator, null);
        assertThat(rotated.string("clientSecret")).isNotEqualTo(secret.string("clientSecret"));
        Json stale = service.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", tokens.string("refresh_token")));
        assertThat(stale.status()).as("the old secret stopped working").isEqualTo(401);

        Json audit = portal.call("GET", "/api/applications/" + id + "/audit", integrator, null);
        assertThat(audit.status()).isEqualTo(200);
    }

    @Test
    void anIntegratorTriesTheServiceInTheSandboxWithAFictitiousPerson() throws Exception {
        String integrator = tokenWithRole("bawaba-integrator");
        Json created = portal.call("POST", "/api/applications", integrator, application());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> credentials = (Map<String, Object>) created.body().get("sandboxCredentials");
        assertThat(credentials).containsEntry("issuer", urls.getBase() + "/realms/sandbox");
        RelyingParty sandbox = new RelyingParty((String) credentials.get("issuer"), (String) credentials.get("clientId"),
                (String) credentials.get("clientSecret"), SERVICE_REDIRECT);
        RelyingParty.Attempt attempt = sandbox.newAttempt();
        Browser browser = new Browser(urls.getBase());

        Browser.Page people = browser.open(attempt.authorizationUrl());
        assertThat(people.document().select("#bawaba-sandbox-people li")).as(people.body()).hasSizeGreaterThanOrEqualTo(6);
        String belowLevel = personId(people, "Salma");
        assertThat(people.document().getElementById("person-" + belowLevel).hasAttr("disabled"))
                .as("an eidas1 person cannot sign in to an eidas2 service").isTrue();
        Browser.Page refused = browser.submit(people, "#bawaba-sandbox-form", Map.of("person", belowLevel));
        assertThat(org.bawaba.broker.e2e.support.pages.Pages.messages(refused))
                .contains("niveau de garantie");

        Browser.Page back = Providers.agreeToShareIfAsked(browser,
                browser.submit(refused, "#bawaba-sandbox-form", Map.of("person", personId(refused, "Khadija"))));
        assertThat(back.leftBrokerTo()).as(back.body()).isNotNull();
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("%s", tokens).isEqualTo(200);
        JWTClaimsSet idToken = sandbox.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        assertThat(idToken.getClaims()).containsEntry("given_name", "Khadija").containsEntry("family_name", "Tazi")
                .containsEntry("acr", "eidas2").containsEntry("email_verified", true)
                .doesNotContainKeys("given_name_ar", "birthplace");
        assertThat(idToken.getStringListClaim("amr")).containsExactly("pwd", "sms");

        Json review = portal.call("GET", "/api/reviews/" + created.string("id"), tokenWithRole("bawaba-operator"), null);
        assertThat(review.status()).as("%s", review).isEqualTo(200);
        List<?> signIns = (List<?>) review.body().get("sandboxSignIns");
        assertThat(signIns).as("the operator sees the sandbox sign-ins made").hasSize(1);
        assertThat(((Map<?, ?>) signIns.get(0)).get("username")).isEqualTo("fictif-khadija-eidas2");

        Json rotated = portal.call("POST", "/api/applications/" + created.string("id") + "/sandbox-secret", integrator, null);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.string("clientSecret")).isNotEqualTo(credentials.get("clientSecret"));
    }

    /** The id of the fictitious person whose label holds {@code name}, on the sandbox's list. */
    private static String personId(Browser.Page page, String name) {
        return page.document().select("#bawaba-sandbox-people label").stream()
                .filter(label -> label.text().contains(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " on\n" + page.body()))
                .attr("for").substring("person-".length());
    }

    @Test
    void anotherIntegratorSeesNothingOfIt() {
        String integrator = tokenWithRole("bawaba-integrator");
        String other = tokenWithRole("bawaba-integrator");
        String id = portal.call("POST", "/api/applications", integrator, application()).string("id");

        assertThat(portal.call("GET", "/api/applications/" + id, other, null).status()).isEqualTo(404);
        assertThat(portal.call("POST", "/api/applications/" + id + "/submission", other, null).status()).isEqualTo(404);
        assertThat(portal.call("GET", "/api/applications/" + id, null, null).status()).as("no token").isEqualTo(401);
        assertThat(portal.call("GET", "/api/applications/" + id, "not-a-token", null).status()).isEqualTo(401);
    }

    private String tokenWithRole(String role) {
        return PortalPeople.withRole(admin, urls.getBase(), sms, role).accessToken();
    }

    static Map<String, Object> application() {
        return Map.of(
                "organisation", "Office des Changes",
                "serviceName", Map.of("fr", "Déclarations en ligne", "ar", "التصريحات عبر الإنترنت", "en", "Online declarations"),
                "description", Map.of("fr", "Déclarer ses avoirs.", "ar", "التصريح بالممتلكات.", "en", "Declare assets."),
                "contact", Map.of("name", "Salma Idrissi", "email", "integration@oc.example.ma"),
                "redirectUris", List.of(SERVICE_REDIRECT),
                "postLogoutRedirectUris", List.of("https://declarations.oc.example.ma/"),
                "claimScopes", List.of(
                        Map.of("scope", "profile", "legalBasis", "Loi 15-95, art. 3"),
                        Map.of("scope", "email", "legalBasis", "Circulaire 1/2026")),
                "levelOfAssurance", "eidas2",
                "identityProviders", List.of("account"));
    }

    private ClientResource clientResource(String clientId) {
        return realm().clients().get(realm().clients().findByClientId(clientId).get(0).getId());
    }

    private RealmResource realm() {
        return admin.realm(REALM);
    }
}
