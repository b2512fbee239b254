package org.bawaba.broker.e2e;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The broker as it ships: Keycloak's distribution with Bawaba's jars in providers/. The realms are
 * imported at start-up from broker/target/.../data/import (see the failsafe configuration).
 */
public class BawabaServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config
                .dependency("org.bawaba", "bawaba-themes")
                // Templates and messages are read once in production; tests want the same.
                .spiOption("theme", "default", "cache-themes", "true");
    }
}
