package org.bawaba.enrolment.account;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the last page of a chip account creation.
 *
 * @param requiredTerms the terms documents that must have been accepted in this login
 * @param step          "N/M" for "step N of M", or empty
 */
public record ChipAccountSettings(List<String> requiredTerms, String step) {

    public static final String REQUIRED_TERMS = "terms.required";
    public static final String STEP = "progress.step";
    public static final ChipAccountSettings DEFAULT = new ChipAccountSettings(List.of("account", "eid"), "");

    public ChipAccountSettings {
        requiredTerms = List.copyOf(requiredTerms);
        step = step == null ? "" : step.trim();
    }

    public static ChipAccountSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String terms = config.get(REQUIRED_TERMS);
        return new ChipAccountSettings(terms == null ? DEFAULT.requiredTerms
                : Arrays.stream(terms.split("[\\s,#]+")).filter(term -> !term.isBlank()).toList(),
                config.getOrDefault(STEP, DEFAULT.step));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(REQUIRED_TERMS).type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .label("Terms that must be accepted")
                .helpText("The terms documents (bawaba-enrol-terms executions) accepted earlier in this login; "
                        + "without them no account is created.")
                .defaultValue(String.join("##", DEFAULT.requiredTerms)).add()
                .property().name(STEP).type(ProviderConfigProperty.STRING_TYPE)
                .label("Step (N/M)").helpText("Shown as 'step N of M'; empty: not shown.").add()
                .build();
    }
}
