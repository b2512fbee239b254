package org.bawaba.broker.e2e.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.REALM;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientInitialAccessCreatePresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A relying party added to the front door by any other way than the shipped realm file (the admin console, dynamic
 * registration) gets only the scopes that carry nothing but the sign-in itself by default, and may ask for the pivot
 * identity's scopes; Keycloak's stock scopes are never attached. Anonymous dynamic registration is refused.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ClientDefaultsIT {

    /** Keycloak's stock scopes, which a new client would otherwise get as default or optional scopes. */
    private static final List<String> STOCK = List.of("roles", "web-origins", "microprofile-jwt", "organization",
            "address", "phone", "role_list", "saml_organization", "AuthnContextClassRef", "service_account");
    private static final List<String> DEFAULT = List.of("basic", "acr", "amr");
    /**
     * The pivot identity's scopes, asked for with the scope parameter, and offline_access: Keycloak adds that one to
     * every realm it imports without it. It carries no claim.
     */
    private static final List<String> OPTIONAL = List.of("profile", "email", "pivot", "pivot-birthplace", "offline_access");

    @InjectAdminClient
    Keycloak admin;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeClients() {
        created.forEach(id -> realm().clients().get(id).remove());
    }

    @Test
    void theFrontDoorsDefaultsAreThePivotSafeScopesOnly() {
        assertThat(realm().getDefaultDefaultClientScopes()).extracting(ClientScopeRepresentation::getName)
                .containsExactlyInAnyOrderElementsOf(DEFAULT);
        assertThat(realm().getDefaultOptionalClientScopes()).extracting(ClientScopeRepresentation::getName)
                .containsExactlyInAnyOrderElementsOf(OPTIONAL);
    }

    @Test
    void aClientCreatedAsTheAdminConsoleDoesGetsNoneOfTheStockScopes() {
        // What the admin console's "Create client" sends: an id, the protocol and the flows; no scopes.
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(TestUsers.uniqueName("console-client"));
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of("https://service.example.ma/callback"));
        String id;
        try (Response response = realm().clients().create(client)) {
            assertThat(response.getStatus()).isEqualTo(201);
            id = CreatedResponseUtil.getCreatedId(response);
        }
        created.add(id);

        assertOnlySafeScopes(realm().clients().get(id));
    }

    @Test
    void anonymousDynamicRegistrationIsRefused() throws Exception {
        String name = TestUsers.uniqueName("anonymous-client");

        HttpResponse<String> response = register(name, null);

        assertThat(response.statusCode()).as(response.body()).isIn(401, 403);
        assertThat(realm().clients().findAll().stream().map(ClientRepresentation::getName)).doesNotContain(name);
    }

    @Test
    void registrationWithAnInitialAccessTokenGetsTheSameSafeScopes() throws Exception {
        String token = realm().clientInitialAccess().create(new ClientInitialAccessCreatePresentation(300, 1)).getToken();
        String name = TestUsers.uniqueName("registered-client");

        HttpResponse<String> response = register(name, token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String clientId = (String) JSONObjectUtils.parse(response.body()).get("client_id");
        ClientRepresentation client = realm().clients().findByClientId(clientId).get(0);
        created.add(client.getId());
        assertOnlySafeScopes(realm().clients().get(client.getId()));
    }

    private void assertOnlySafeScopes(ClientResource client) {
        List<String> defaults = client.getDefaultClientScopes().stream().map(ClientScopeRepresentation::getName).toList();
        List<String> optional = client.getOptionalClientScopes().stream().map(ClientScopeRepresentation::getName).toList();
        assertThat(defaults).containsExactlyInAnyOrderElementsOf(DEFAULT);
        assertThat(optional).containsExactlyInAnyOrderElementsOf(OPTIONAL);
        assertThat(defaults).doesNotContainAnyElementsOf(STOCK);
        assertThat(optional).doesNotContainAnyElementsOf(STOCK);
    }

    private HttpResponse<String> register(String name, String initialAccessToken) throws Exception {
        String body = JSONObjectUtils.toJSONString(Map.of(
                "client_name", name,
                "redirect_uris", List.of("https://service.example.ma/callback"),
                "grant_types", List.of("authorization_code"),
                "response_types", List.of("code")));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(urls.getBase() + "/realms/" + REALM + "/clients-registrations/openid-connect"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (initialAccessToken != null) {
            request.header("Authorization", "Bearer " + initialAccessToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private RealmResource realm() {
        return admin.realm(REALM);
    }
}
