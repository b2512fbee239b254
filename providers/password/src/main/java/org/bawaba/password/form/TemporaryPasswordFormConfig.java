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
 */
public record TemporaryPasswordFormConfig(Duration maxAge, boolean selfServiceReissue) {

    public static final String MAX_AGE_HOURS = "maxAgeHours";
    public static final String SELF_SERVICE_REISSUE = "selfServiceReissue";

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
            .build();

    public static TemporaryPasswordFormConfig from(Map<String, String> config, TemporaryPasswordSettings realm) {
        Map<String, String> values = config == null ? Map.of() : config;
        String hours = values.get(MAX_AGE_HOURS);
        Duration maxAge = hours == null || hours.isBlank()
                ? realm.maxAge()
                : Duration.ofHours(parsePositive(hours, realm.maxAgeHours()));
        String reissue = values.get(SELF_SERVICE_REISSUE);
        return new TemporaryPasswordFormConfig(maxAge, reissue == null || reissue.isBlank() || Boolean.parseBoolean(reissue));
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
