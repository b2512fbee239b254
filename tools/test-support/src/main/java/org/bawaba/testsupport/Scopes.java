package org.bawaba.testsupport;

import java.util.Map;
import java.util.UUID;

import org.keycloak.Config;

/** A provider's server options as Keycloak reads {@code --spi-…} options: its own system-properties scope. */
public final class Scopes {

    private Scopes() {
    }

    /** The options under a prefix of this call's own, so tests never see each other's. */
    public static Config.Scope of(Map<String, String> options) {
        String prefix = "bawaba.test." + UUID.randomUUID() + ".";
        options.forEach((key, value) -> System.setProperty(prefix + key, value));
        return new Config.SystemPropertiesScope(prefix);
    }
}
