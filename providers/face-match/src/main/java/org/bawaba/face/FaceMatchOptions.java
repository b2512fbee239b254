package org.bawaba.face;

import org.keycloak.Config;

/** Reading the face matchers' server options: a malformed value fails the start, naming the provider and option. */
public final class FaceMatchOptions {

    private FaceMatchOptions() {
    }

    /** A number in [0, 1], or the default when the option is not set. */
    public static double fraction(Config.Scope scope, String provider, String option, double defaultValue) {
        String value = scope.get(option);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        double fraction;
        try {
            fraction = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(provider, option, "not a number");
        }
        if (!(fraction >= 0 && fraction <= 1)) {
            throw invalid(provider, option, "must be between 0 and 1");
        }
        return fraction;
    }

    public static IllegalArgumentException invalid(String provider, String option, String why) {
        return new IllegalArgumentException("bawaba-face-match " + provider + ": option '" + option + "' " + why);
    }
}
