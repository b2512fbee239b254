package org.bawaba.realms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The account realm lists its required actions (to register Bawaba's contact-change actions), and a realm file that
 * lists them gets only those at import: Keycloak's own defaults must be there too, and its email update must stay off,
 * so that an email address changes only with a code sent to the new one.
 */
class RequiredActionsTest {

    @Test
    void theAccountRealmHasKeycloaksDefaultsBawabasContactChangesAndNoEmailUpdateWithoutCode() throws IOException {
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        realm("account").get("requiredActions").forEach(action -> {
            assertThat(action.get("providerId").asText()).isEqualTo(action.get("alias").asText());
            enabled.put(action.get("alias").asText(), action.get("enabled").asBoolean());
        });

        assertThat(enabled).containsEntry("bawaba-update-email", true).containsEntry("bawaba-update-phone", true)
                .containsEntry("UPDATE_EMAIL", false)
                .containsEntry("UPDATE_PASSWORD", true).containsEntry("UPDATE_PROFILE", true)
                .containsEntry("VERIFY_PROFILE", true).containsEntry("VERIFY_EMAIL", true)
                .containsEntry("delete_credential", true).containsEntry("idp_link", true)
                .containsEntry("update_user_locale", true).containsEntry("delete_account", false)
                .containsEntry("TERMS_AND_CONDITIONS", false);
    }

    @Test
    void noRealmHasKeycloaksEmailUpdate() throws IOException {
        // A realm without the list (eid) gets Keycloak's defaults, where UPDATE_EMAIL is off (ContactChangeIT checks it).
        for (String name : new String[] {"bawaba", "account", "eid"}) {
            realm(name).path("requiredActions").forEach(action -> assertThat(
                    "UPDATE_EMAIL".equals(action.get("alias").asText()) && action.get("enabled").asBoolean())
                    .as("UPDATE_EMAIL enabled in %s", name).isFalse());
        }
    }

    private static JsonNode realm(String name) throws IOException {
        try (InputStream in = RequiredActionsTest.class.getResourceAsStream("/realms/" + name + "-realm.json")) {
            assertThat(in).as("realms/%s-realm.json", name).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
