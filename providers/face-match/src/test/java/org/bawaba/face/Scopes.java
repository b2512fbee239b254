package org.bawaba.face;

import java.util.Map;
import java.util.UUID;

import org.keycloak.Config;

/** Server options as Keycloak reads them: its own system-properties scope, under a prefix of the test's. */
public final class Scopes {

    private Scopes() {
    }

    public static Config.Scope of(Map<String, String> options) {
        String prefix = "bawaba.test." + UUID.randomUUID() + ".";
        options.forEach((key, value) -> System.setProperty(prefix + key, value));
        return new Config.SystemPropertiesScope(prefix);
    }
}
