package org.bawaba.authenticator;

import java.util.Map;

/**
 * Reading an authenticator execution's settings as the admin console stores them (strings): a blank value is the
 * default, a malformed one an {@link IllegalArgumentException} naming the setting, never a silent default.
 */
public final class ExecutionSettings {

    private ExecutionSettings() {
    }

    public static int intValue(Map<String, String> config, String key, int fallback) {
        String value = config.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + value, e);
        }
    }

    public static String stringValue(Map<String, String> config, String key, String fallback) {
        String value = config.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
