package org.bawaba.authenticator;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.keycloak.Config;

/**
 * Reading the server options of a provider that calls an outside service ({@code --spi-<spi>--<provider>--<option>}):
 * a malformed value fails the server start with a message that names the provider and the option, never the value
 * (it may be a secret).
 */
public final class ServiceOptions {

    private ServiceOptions() {
    }

    /**
     * @param owner the SPI and provider, e.g. {@code bawaba-sms-gateway http}, as messages name them
     */
    public static IllegalArgumentException invalid(String owner, String option, String why) {
        return new IllegalArgumentException(owner + ": option '" + option + "' " + why);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Checks that a URL is an absolute http(s) URL with a host.
     *
     * @param parseable the option's value, made parseable as a URI if it may hold placeholders
     */
    public static URI httpUri(String parseable, String owner, String option) {
        URI uri;
        try {
            uri = URI.create(parseable);
        } catch (IllegalArgumentException e) {
            throw invalid(owner, option, "not a URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw invalid(owner, option, "must be an absolute http(s) URL");
        }
        return uri;
    }

    /** A positive number of milliseconds, or the default when the option is not set. */
    public static Duration positiveMillis(Config.Scope scope, String owner, String option, long defaultValue) {
        long millis;
        try {
            millis = scope.getLong(option, defaultValue);
        } catch (NumberFormatException e) {
            throw invalid(owner, option, "not a number of milliseconds");
        }
        if (millis <= 0) {
            throw invalid(owner, option, "must be a positive number of milliseconds");
        }
        return Duration.ofMillis(millis);
    }

    /** A positive whole number, or the default when the option is not set. */
    public static int positiveInt(Config.Scope scope, String owner, String option, int defaultValue) {
        Integer value;
        try {
            value = scope.getInt(option, defaultValue);
        } catch (NumberFormatException e) {
            throw invalid(owner, option, "not a whole number");
        }
        if (value == null || value <= 0) {
            throw invalid(owner, option, "must be a positive number");
        }
        return value;
    }

    /** A number from 0 to 1, or the default when the option is not set. */
    public static double fraction(Config.Scope scope, String owner, String option, double defaultValue) {
        String value = blankToNull(scope.get(option));
        if (value == null) {
            return defaultValue;
        }
        double fraction;
        try {
            fraction = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalid(owner, option, "not a number");
        }
        if (!(fraction >= 0 && fraction <= 1)) {
            throw invalid(owner, option, "must be between 0 and 1");
        }
        return fraction;
    }
}
