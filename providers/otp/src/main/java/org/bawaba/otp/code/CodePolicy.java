package org.bawaba.otp.code;

import static org.bawaba.authenticator.ExecutionSettings.intValue;
import static org.bawaba.authenticator.ExecutionSettings.require;
import static org.bawaba.authenticator.ExecutionSettings.stringValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The knobs of a one-time code step, as set on its execution (or on a contact-change action) in the admin console.
 *
 * @param length             digits in a code
 * @param validitySeconds    how long a code is accepted after it was sent
 * @param maxWrongAttempts   wrong entries after which the code is dead
 * @param resendAfterSeconds how long before another code may be requested
 * @param maxSendsPerHour    codes sent in any hour, per recipient and per account
 * @param defaultRegion      ISO 3166 region for numbers typed without a country code
 * @param provisionalPassword whether an accepted code is handed to the next step of the flow, which
 *                           makes it the provisional password (CIMR enrolment)
 */
public record CodePolicy(int length, int validitySeconds, int maxWrongAttempts, int resendAfterSeconds,
                         int maxSendsPerHour, String defaultRegion, boolean provisionalPassword) {

    public static final String LENGTH = "code.length";
    public static final String VALIDITY_SECONDS = "code.validitySeconds";
    public static final String MAX_WRONG_ATTEMPTS = "code.maxWrongAttempts";
    public static final String RESEND_AFTER_SECONDS = "code.resendAfterSeconds";
    public static final String MAX_SENDS_PER_HOUR = "code.maxSendsPerHour";
    public static final String DEFAULT_REGION = "phone.defaultRegion";
    public static final String PROVISIONAL_PASSWORD = "code.provisionalPassword";

    public static final CodePolicy DEFAULT = new CodePolicy(6, 300, 5, 60, 5, "MA", false);

    public CodePolicy {
        require(length >= 4 && length <= 10, LENGTH + " must be between 4 and 10");
        require(validitySeconds >= 30, VALIDITY_SECONDS + " must be at least 30");
        require(maxWrongAttempts >= 1, MAX_WRONG_ATTEMPTS + " must be at least 1");
        require(resendAfterSeconds >= 0, RESEND_AFTER_SECONDS + " must not be negative");
        require(maxSendsPerHour >= 1, MAX_SENDS_PER_HOUR + " must be at least 1");
        require(defaultRegion != null && defaultRegion.matches("[A-Z]{2}"), DEFAULT_REGION + " must be a 2-letter region");
    }

    /** From the settings of an execution or of a required action (or null); missing values take the defaults. */
    public static CodePolicy from(Map<String, String> settings) {
        Map<String, String> config = settings == null ? Map.of() : settings;
        return new CodePolicy(
                intValue(config, LENGTH, DEFAULT.length),
                intValue(config, VALIDITY_SECONDS, DEFAULT.validitySeconds),
                intValue(config, MAX_WRONG_ATTEMPTS, DEFAULT.maxWrongAttempts),
                intValue(config, RESEND_AFTER_SECONDS, DEFAULT.resendAfterSeconds),
                intValue(config, MAX_SENDS_PER_HOUR, DEFAULT.maxSendsPerHour),
                stringValue(config, DEFAULT_REGION, DEFAULT.defaultRegion).toUpperCase(),
                Boolean.parseBoolean(stringValue(config, PROVISIONAL_PASSWORD, "false")));
    }

    /** A flow step's settings: the code's, and whether the accepted code becomes the provisional password. */
    public static List<ProviderConfigProperty> configProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(codeProperties());
        properties.addAll(ProviderConfigurationBuilder.create()
                .property().name(PROVISIONAL_PASSWORD).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .label("Code becomes the provisional password")
                .helpText("Hands the accepted code to the next step, 'Bawaba: verified code as provisional password', "
                        + "which makes it a temporary password to change at first sign-in (CIMR). The code leaves "
                        + "this request only as a password hash.")
                .defaultValue("false").add()
                .build());
        return properties;
    }

    /** The settings of the code itself, without the hand-over to a provisional password (a flow's matter only). */
    public static List<ProviderConfigProperty> codeProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(LENGTH).type(ProviderConfigProperty.STRING_TYPE)
                .label("Code length").helpText("Digits in a code.")
                .defaultValue(String.valueOf(DEFAULT.length)).add()
                .property().name(VALIDITY_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Code validity (seconds)").helpText("How long a code is accepted after it was sent.")
                .defaultValue(String.valueOf(DEFAULT.validitySeconds)).add()
                .property().name(MAX_WRONG_ATTEMPTS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Wrong attempts per code").helpText("Wrong entries after which the code no longer works; the person must ask for a new one.")
                .defaultValue(String.valueOf(DEFAULT.maxWrongAttempts)).add()
                .property().name(RESEND_AFTER_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Resend after (seconds)").helpText("Wait before another code may be sent; the page shows a countdown.")
                .defaultValue(String.valueOf(DEFAULT.resendAfterSeconds)).add()
                .property().name(MAX_SENDS_PER_HOUR).type(ProviderConfigProperty.STRING_TYPE)
                .label("Codes per hour").helpText("Codes sent in any hour, per recipient and per account.")
                .defaultValue(String.valueOf(DEFAULT.maxSendsPerHour)).add()
                .property().name(DEFAULT_REGION).type(ProviderConfigProperty.STRING_TYPE)
                .label("Default phone region").helpText("ISO 3166 region (e.g. MA) for numbers typed without +country code.")
                .defaultValue(DEFAULT.defaultRegion).add()
                .build();
    }
}
