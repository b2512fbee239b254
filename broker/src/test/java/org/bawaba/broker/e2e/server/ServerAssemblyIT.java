package org.bawaba.broker.e2e.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The server under test is the one we ship: our realms, our theme, on the database this run asked for. */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ServerAssemblyIT {

    @InjectAdminClient
    Keycloak admin;

    @Test
    void runsOnTheDatabaseThisSuiteTargets() {
        String expected = System.getProperty("bawaba.e2e.database", "H2");
        Map<String, String> jpa = admin.serverInfo().getInfo()
                .getProviders().get("connectionsJpa").getProviders().values().stream()
                .map(provider -> provider.getOperationalInfo())
                .filter(info -> info != null && info.containsKey("databaseProduct"))
                .findFirst().orElseThrow();

        System.out.printf("E2E database: %s (%s)%n", jpa.get("databaseProduct"), jpa.get("databaseUrl"));
        assertThat(jpa.get("databaseProduct")).startsWith(expected);
    }

    @Test
    void frontDoorRealmIsImportedWithItsThemeAndLanguages() {
        RealmRepresentation realm = admin.realm("bawaba").toRepresentation();

        assertThat(realm.getLoginTheme()).isEqualTo("bawaba");
        assertThat(realm.isInternationalizationEnabled()).isTrue();
        assertThat(realm.getSupportedLocales()).containsExactlyInAnyOrder("fr", "ar", "en");
        assertThat(realm.getDefaultLocale()).isEqualTo("fr");
        // The front door checks no credential; its brute-force detector would only refuse concurrent returns.
        assertThat(realm.isBruteForceProtected()).isFalse();

        ServerInfoRepresentation info = admin.serverInfo().getInfo();
        assertThat(info.getThemes().get("login")).anyMatch(theme -> theme.getName().equals("bawaba"));
    }

    @Test
    void demoClientsRequirePkceS256AndExactRedirects() {
        for (String clientId : new String[] {"oc-connect", "cimr-dialcom", "cnops-portal"}) {
            ClientRepresentation client = admin.realm("bawaba").clients().findByClientId(clientId).get(0);

            assertThat(client.getAttributes()).as(clientId).containsEntry("pkce.code.challenge.method", "S256");
            assertThat(client.isStandardFlowEnabled()).as(clientId).isTrue();
            assertThat(client.isImplicitFlowEnabled()).as(clientId).isFalse();
            assertThat(client.isDirectAccessGrantsEnabled()).as(clientId).isFalse();
            assertThat(client.getRedirectUris()).as(clientId).isNotEmpty().noneMatch(uri -> uri.contains("*"));
        }
        assertThat(admin.realm("bawaba").clients().findByClientId("cimr-dialcom").get(0).isPublicClient()).isTrue();
    }
}
