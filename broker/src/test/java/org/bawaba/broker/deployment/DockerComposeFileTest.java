package org.bawaba.broker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine); this at least keeps it parseable and coherent
 * with the build: every dependency names a service, every service has a health check, and the
 * Containerfile builds on the Keycloak release the pom pins.
 */
class DockerComposeFileTest {

    private static Path root;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        root = Path.of(System.getProperty("bawaba.root", ".."));
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void runsPostgresTheBrokerAndAMailCatcher() {
        assertThat(services).containsOnlyKeys("postgres", "broker", "mail");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceHasAHealthCheck() {
        services.forEach((name, service) ->
                assertThat((Map<String, Object>) service.get("healthcheck")).as(name).containsKey("test"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerWaitsForHealthyDependencies() {
        Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) services.get("broker").get("depends_on");
        assertThat(dependsOn).containsOnlyKeys("postgres", "mail");
        dependsOn.forEach((name, condition) -> {
            assertThat(services).containsKey(name);
            assertThat(condition).containsEntry("condition", "service_healthy");
        });
        Map<String, Object> environment = (Map<String, Object>) services.get("broker").get("environment");
        assertThat((String) environment.get("KC_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerImageIsBuiltFromTheContainerfileOnThePinnedKeycloak() throws IOException {
        Map<String, Object> build = (Map<String, Object>) services.get("broker").get("build");
        Path containerfile = root.resolve((String) build.get("dockerfile"));
        String keycloakVersion = System.getProperty("keycloak.version");

        List<String> fromLines = Files.readAllLines(containerfile).stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(fromLines).isNotEmpty()
                .allMatch(line -> line.contains("quay.io/keycloak/keycloak:" + keycloakVersion));
        assertThat(Files.readString(containerfile))
                .contains("broker/target/keycloak-" + keycloakVersion + "/providers/")
                .contains("kc.sh build")
                .contains("--optimized");
    }
}
