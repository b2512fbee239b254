package org.bawaba.knowledge.registration;

import static org.bawaba.authenticator.ExecutionSettings.require;
import static org.bawaba.authenticator.ExecutionSettings.stringValue;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the terms step.
 *
 * @param version the version of the terms shown; the account records it with the time it was accepted. The text is
 *                the message {@code bawabaKbqTermsText} (change both together, in the realm's localization)
 */
public record TermsSettings(String version) {

    public static final String VERSION = "terms.version";
    public static final TermsSettings DEFAULT = new TermsSettings("2026-12");

    public TermsSettings {
        require(version != null && version.matches("[A-Za-z0-9._-]{1,32}"), VERSION + " must be 1-32 letters, digits, . _ -");
    }

    public static TermsSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new TermsSettings(stringValue(config, VERSION, DEFAULT.version));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(VERSION).type(ProviderConfigProperty.STRING_TYPE)
                .label("Terms version")
                .helpText("Recorded on the account with the time of acceptance. Change it whenever the text "
                        + "(message bawabaKbqTermsText) changes.")
                .defaultValue(DEFAULT.version).add()
                .build();
    }
}
