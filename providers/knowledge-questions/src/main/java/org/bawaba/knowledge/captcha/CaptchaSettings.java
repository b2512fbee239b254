package org.bawaba.knowledge.captcha;

import static org.bawaba.authenticator.ExecutionSettings.intValue;
import static org.bawaba.authenticator.ExecutionSettings.require;
import static org.bawaba.authenticator.ExecutionSettings.stringValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The knobs of the captcha on a step, as set on its execution in the admin console.
 *
 * @param enabled       whether the step shows the check and requires it solved
 * @param maxNumber     the secret number is drawn below it: a browser tries half of them on average, one SHA-256 each
 * @param expirySeconds how long a challenge is accepted after the page showed it (Keycloak's clock)
 */
public record CaptchaSettings(boolean enabled, int maxNumber, int expirySeconds) {

    public static final String ENABLED = "captcha.enabled";
    public static final String MAX_NUMBER = "captcha.maxNumber";
    public static final String EXPIRY_SECONDS = "captcha.expirySeconds";

    public static final CaptchaSettings DEFAULT = new CaptchaSettings(true, 100_000, 600);

    public CaptchaSettings {
        require(maxNumber >= 1 && maxNumber <= 10_000_000, MAX_NUMBER + " must be between 1 and 10000000");
        require(expirySeconds >= 30 && expirySeconds <= 86_400, EXPIRY_SECONDS + " must be between 30 and 86400");
    }

    public static CaptchaSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new CaptchaSettings(
                booleanValue(config, ENABLED, DEFAULT.enabled),
                intValue(config, MAX_NUMBER, DEFAULT.maxNumber),
                intValue(config, EXPIRY_SECONDS, DEFAULT.expirySeconds));
    }

    /** For an authenticator factory's own list: {@code Stream.concat(mine, CaptchaSettings.configProperties())}. */
    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(ENABLED).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .label("Robot check (captcha)")
                .helpText("Shows a self-hosted proof-of-work check (ALTCHA) that the person ticks before going on; "
                        + "their browser works a moment, nothing is sent to another service.")
                .defaultValue(String.valueOf(DEFAULT.enabled)).add()
                .property().name(MAX_NUMBER).type(ProviderConfigProperty.STRING_TYPE)
                .label("Captcha difficulty (max number)")
                .helpText("The browser looks for a secret number below this one, one SHA-256 hash per try: with "
                        + "100000, a second or two in a browser on two cores. Higher slows robots and people alike.")
                .defaultValue(String.valueOf(DEFAULT.maxNumber)).add()
                .property().name(EXPIRY_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Captcha validity (seconds)")
                .helpText("How long a check is accepted after the page was shown; a solved check is accepted once.")
                .defaultValue(String.valueOf(DEFAULT.expirySeconds)).add()
                .build();
    }

    /** The admin console stores "true" or "false"; anything else is refused by name, never read as false. */
    private static boolean booleanValue(Map<String, String> config, String key, boolean fallback) {
        String value = stringValue(config, key, String.valueOf(fallback)).toLowerCase(Locale.ROOT);
        require(value.equals("true") || value.equals("false"), key + " is not true or false: " + value);
        return Boolean.parseBoolean(value);
    }
}
