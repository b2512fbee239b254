package org.bawaba.sms;

import java.util.Map;
import java.util.UUID;

import org.keycloak.Config;

/** A provider's {@link Config.Scope} as Keycloak reads {@code --spi-…} options: its own system-properties scope. */
public final class MapScope {

    private MapScope() {
    }

    public static Config.Scope of(Map<String, String> values) {
        String prefix = "bawaba.test." + UUID.randomUUID() + ".";
        values.forEach((key, value) -> System.setProperty(prefix + key, value));
        return new Config.SystemPropertiesScope(prefix);
    }
}
