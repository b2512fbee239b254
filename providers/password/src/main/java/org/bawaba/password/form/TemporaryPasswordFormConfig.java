package org.bawaba.password.form;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bawaba.password.temporary.TemporaryPasswordSettings;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The password form's settings, from its execution config in the admin console, falling back to the realm's
 * {@link TemporaryPasswordSettings}.
 *
 * @param maxAge how long a temporary password signs in
 * @param selfServiceReissue whether the expiry page offers to email a new temporary password
 * @param concurrentSignInWait how long a sign-in waits while Keycloak's brute-force detector checks another
 *        sign-in of the same account (another tab, another device)
 */
public record TemporaryPasswordFormConfig(Duration maxAge, boolean selfServiceReissue, Duration concurrentSignInWait) {

    public static final String MAX_AGE_HOURS = "maxAgeHours";
    public static final String SELF_SERVICE_REISSUE = "selfServiceReissue";
    public static final String CONCURRENT_SIGN_IN_WAIT_MILLIS = "concurrentSignInWaitMillis";
    public static final long DEFAULT_CONCURRENT_SIGN_IN_WAIT_MILLIS = 5000;
    static final long MAX_CONCURRENT_SIGN_IN_WAIT_MILLIS = 30_000;

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(MAX_AGE_HOURS)
            .label("Temporary password maximum age (hours)")
            .helpText("A temporary password older than this no longer signs in. Empty: the realm attribute "
                    + TemporaryPasswordSettings.MAX_AGE_HOURS_ATTRIBUTE + ", else "
                    + TemporaryPasswordSettings.DEFAULT_MAX_AGE_HOURS + ".")
            .type(ProviderConfigProperty.STRING_TYPE)
            .add()
            .property()
            .name(SELF_SERVICE_REISSUE)
            .label("Offer a new temporary password once expired")
            .helpText("The expiry page offers to email a fresh temporary password to the account's verified address.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("true")
            .add()
            .property()
            .name(CONCURRENT_SIGN_IN_WAIT_MILLIS)
            .label("Wait for another sign-in of the same account (ms)")
            .helpText("Keycloak's brute-force detector checks one sign-in of an account at a time on each node and "
                    + "reports the others as locked. A sign-in from a second tab waits this long for its turn, then "
                    + "asks the person to try again in a moment. A real lock-out is refused at once. 0 does not wait. "
                    + "At most " + MAX_CONCURRENT_SIGN_IN_WAIT_MILLIS + ".")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(Long.toString(DEFAULT_CONCURRENT_SIGN_IN_WAIT_MILLIS))
            .add()
            .build();

    public static TemporaryPasswordFormConfig from(Map<String, String> config, TemporaryPasswordSettings realm) {
        Map<String, String> values = config == null ? Map.of() : config;
        String hours = values.get(MAX_AGE_HOURS);
        Duration maxAge = hours == null || hours.isBlank()
                ? realm.maxAge()
                : Duration.ofHours(parsePositive(hours, realm.maxAgeHours()));
        String reissue = values.get(SELF_SERVICE_REISSUE);
        return new TemporaryPasswordFormConfig(maxAge, reissue == null || reissue.isBlank() || Boolean.parseBoolean(reissue),
                Duration.ofMillis(waitMillis(values.get(CONCURRENT_SIGN_IN_WAIT_MILLIS))));
    }

    private static long waitMillis(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_CONCURRENT_SIGN_IN_WAIT_MILLIS;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            return parsed < 0 ? DEFAULT_CONCURRENT_SIGN_IN_WAIT_MILLIS : Math.min(parsed, MAX_CONCURRENT_SIGN_IN_WAIT_MILLIS);
        } catch (NumberFormatException e) {
            return DEFAULT_CONCURRENT_SIGN_IN_WAIT_MILLIS;
        }
    }

    public long maxAgeHours() {
        return maxAge.toHours();
    }

    private static long parsePositive(String value, long fallback) {
        try {
            long parsed = Long.parseLong(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
