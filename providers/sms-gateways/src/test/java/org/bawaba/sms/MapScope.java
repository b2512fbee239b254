package org.bawaba.sms;

import java.util.Map;
import java.util.Set;

import org.keycloak.Config;

/** A provider's {@link Config.Scope} from a map, as Keycloak gives it from {@code --spi-…} options. */
public final class MapScope implements Config.Scope {

    private final Map<String, String> values;

    private MapScope(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static MapScope of(Map<String, String> values) {
        return new MapScope(values);
    }

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    @Override
    public String[] getArray(String key) {
        String value = values.get(key);
        return value == null ? null : value.split(",");
    }

    @Override
    public Integer getInt(String key, Integer defaultValue) {
        String value = values.get(key);
        return value == null ? defaultValue : Integer.valueOf(value);
    }

    @Override
    public Long getLong(String key, Long defaultValue) {
        String value = values.get(key);
        return value == null ? defaultValue : Long.valueOf(value);
    }

    @Override
    public Boolean getBoolean(String key, Boolean defaultValue) {
        String value = values.get(key);
        return value == null ? defaultValue : Boolean.valueOf(value);
    }

    @Override
    public Config.Scope scope(String... scope) {
        return new MapScope(Map.of());
    }

    @Override
    @SuppressWarnings("deprecation")
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Config.Scope root() {
        return this;
    }
}
