package org.bawaba.federation.chooser;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the identity-provider chooser step.
 *
 * @param rememberDays   how long the browser remembers the provider used last (0: not at all)
 */
public record ChooserSettings(int rememberDays) {

    public static final String REMEMBER_DAYS = "chooser.rememberDays";
    /** Client attribute: the aliases a relying party accepts, separated by ##; absent or empty means all. */
    public static final String CLIENT_ALLOW_LIST = "bawaba.identityProviders";
    /**
     * Client attribute: the aliases of the providers through which a person may create an account for this relying
     * party, separated by ##; absent or empty: the chooser offers no account creation.
     */
    public static final String CLIENT_ENROLMENT = "bawaba.enrolment";
    /**
     * Client attribute: the ways to create an account this relying party allows (chip, questions), separated by ##;
     * sent to the provider with prompt=create as {@code bawaba_enrolment}. Absent: the provider offers all of its own.
     */
    public static final String CLIENT_ENROLMENT_PATHS = "bawaba.enrolmentPaths";
    /** Identity-provider config: available (default), beta or unavailable. */
    public static final String PROVIDER_STATUS = "bawaba.status";

    static final ChooserSettings DEFAULT = new ChooserSettings(90);

    public static ChooserSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String days = config.get(REMEMBER_DAYS);
        int rememberDays;
        try {
            rememberDays = days == null || days.isBlank() ? DEFAULT.rememberDays : Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(REMEMBER_DAYS + " is not a number: " + days, e);
        }
        if (rememberDays < 0) {
            throw new IllegalArgumentException(REMEMBER_DAYS + " must not be negative");
        }
        return new ChooserSettings(rememberDays);
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(REMEMBER_DAYS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Remember the last provider (days)")
                .helpText("A cookie holding only the provider's alias puts it first next time; 0 turns it off.")
                .defaultValue(String.valueOf(DEFAULT.rememberDays)).add()
                .build();
    }
}
