package org.bawaba.password.temporary;

import java.time.Duration;
import java.util.function.Function;

/**
 * Per-realm settings, read from realm attributes so that every path (login form, direct grant, admin endpoint,
 * self-service, enrolment steps) agrees on them. An authenticator's own config may override the maximum age.
 *
 * @param maxAge how long a temporary password signs in after it was issued
 * @param length length of generated temporary passwords
 */
public record TemporaryPasswordSettings(Duration maxAge, int length) {

    public static final String MAX_AGE_HOURS_ATTRIBUTE = "bawaba.temporaryPassword.maxAgeHours";
    public static final String LENGTH_ATTRIBUTE = "bawaba.temporaryPassword.length";
    public static final int DEFAULT_MAX_AGE_HOURS = 72;
    public static final int DEFAULT_LENGTH = 14;

    public TemporaryPasswordSettings {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maximum age must be positive");
        }
        if (length < TemporaryPasswordGenerator.MINIMUM_LENGTH) {
            throw new IllegalArgumentException("length must be at least " + TemporaryPasswordGenerator.MINIMUM_LENGTH);
        }
    }

    /** From realm attributes; missing or unreadable values fall back to the defaults. */
    public static TemporaryPasswordSettings fromRealmAttributes(Function<String, String> realmAttribute) {
        int hours = positiveInt(realmAttribute.apply(MAX_AGE_HOURS_ATTRIBUTE), DEFAULT_MAX_AGE_HOURS);
        int length = positiveInt(realmAttribute.apply(LENGTH_ATTRIBUTE), DEFAULT_LENGTH);
        return new TemporaryPasswordSettings(Duration.ofHours(hours),
                Math.max(length, TemporaryPasswordGenerator.MINIMUM_LENGTH));
    }

    public TemporaryPasswordSettings withMaxAge(Duration maxAge) {
        return new TemporaryPasswordSettings(maxAge, length);
    }

    public long maxAgeHours() {
        return maxAge.toHours();
    }

    static int positiveInt(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
