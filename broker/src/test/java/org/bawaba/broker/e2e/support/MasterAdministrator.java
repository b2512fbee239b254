package org.bawaba.broker.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A user of the master realm made for one test, with only the admin roles it names, and an access token of theirs
 * (password grant of admin-cli): to show that an endpoint refuses an administrator without the right permission.
 * Delete it afterwards with {@link #delete}.
 *
 * @param id    the user's id in the master realm
 * @param token a bearer access token
 */
public record MasterAdministrator(String id, String token) {

    /**
     * @param realm the realm whose management roles ({@code <realm>-realm} client of master) are given
     * @param roles those roles, e.g. {@code view-realm}; none for an administrator of nothing
     */
    public static MasterAdministrator create(Keycloak admin, String brokerBaseUrl, String realm, String... roles) {
        String username = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Viewer-" + UUID.randomUUID() + "1!";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@bawaba.example");
        user.setFirstName("Viewer");
        user.setLastName("Only");
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType("password");
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        String id;
        try (Response response = admin.realm("master").users().create(user)) {
            assertThat(response.getStatus()).isEqualTo(201);
            String path = response.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        if (roles.length > 0) {
            ClientRepresentation management = admin.realm("master").clients().findByClientId(realm + "-realm").get(0);
            List<RoleRepresentation> given = Arrays.stream(roles)
                    .map(role -> admin.realm("master").clients().get(management.getId()).roles().get(role).toRepresentation())
                    .toList();
            admin.realm("master").users().get(id).roles().clientLevel(management.getId()).add(given);
        }
        return new MasterAdministrator(id, tokenOf(brokerBaseUrl, username, password));
    }

    public void delete(Keycloak admin) {
        admin.realm("master").users().delete(id).close();
    }

    private static String tokenOf(String brokerBaseUrl, String username, String password) {
        try {
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            brokerBaseUrl + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(Browser.formEncode(Map.of(
                            "grant_type", "password", "client_id", "admin-cli",
                            "username", username, "password", password))))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            return new ObjectMapper().readTree(token.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new AssertionError("token request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
