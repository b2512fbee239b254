package org.bawaba.realms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keycloak stores a client's name and description, and a flow's description, in 255 characters: a longer one stops
 * the import, and the server.
 */
class ClientsFitTheDatabaseTest {

    private static final int COLUMN = 255;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bawaba", "account", "eid", "sandbox"})
    void everyClientsNameAndDescriptionFitTheirColumn(String realm) throws IOException {
        try (InputStream in = ClientsFitTheDatabaseTest.class.getResourceAsStream("/realms/" + realm + "-realm.json")) {
            assertThat(in).isNotNull();
            JsonNode clients = new ObjectMapper().readTree(in).path("clients");
            assertThat(clients.size()).isPositive();
            clients.forEach(client -> {
                for (String field : new String[] {"name", "description"}) {
                    assertThat(client.path(field).asText().length()).as("%s's %s", client.get("clientId").asText(), field)
                            .isLessThanOrEqualTo(COLUMN);
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bawaba", "account", "eid", "sandbox"})
    void everyFlowsDescriptionFitsItsColumn(String realm) throws IOException {
        try (InputStream in = ClientsFitTheDatabaseTest.class.getResourceAsStream("/realms/" + realm + "-realm.json")) {
            new ObjectMapper().readTree(in).path("authenticationFlows").forEach(flow ->
                    assertThat(flow.path("description").asText().length()).as("%s's description", flow.get("alias").asText())
                            .isLessThanOrEqualTo(COLUMN));
        }
    }
}
