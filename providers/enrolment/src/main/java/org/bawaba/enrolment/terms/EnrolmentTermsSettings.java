package org.bawaba.enrolment.terms;

import static org.bawaba.authenticator.ExecutionSettings.require;
import static org.bawaba.authenticator.ExecutionSettings.stringValue;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of a terms page.
 *
 * @param document which terms: their texts are the messages {@code bawabaTerms.<document>.title}, {@code .intro} and
 *                 {@code .text} (fr, ar, en; a realm's localization may replace them)
 * @param version  the version of that text; the account records it with the time of acceptance
 * @param step     "N/M" for "step N of M", or empty
 */
public record EnrolmentTermsSettings(String document, String version, String step) {

    public static final String DOCUMENT = "terms.document";
    public static final String VERSION = "terms.version";
    public static final String STEP = "progress.step";
    /** The documents whose texts the product ships. */
    public static final List<String> SHIPPED_DOCUMENTS = List.of("account", "eid", "personal-data");
    public static final EnrolmentTermsSettings DEFAULT = new EnrolmentTermsSettings("account", "2026-12", "");

    public EnrolmentTermsSettings {
        require(document != null && document.matches("[a-z0-9-]{1,32}"), DOCUMENT + " must be 1-32 of a-z 0-9 -");
        require(version != null && version.matches("[A-Za-z0-9._-]{1,32}"), VERSION + " must be 1-32 letters, digits, . _ -");
        step = step == null ? "" : step.trim();
    }

    public static EnrolmentTermsSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new EnrolmentTermsSettings(stringValue(config, DOCUMENT, DEFAULT.document),
                stringValue(config, VERSION, DEFAULT.version), config.getOrDefault(STEP, DEFAULT.step));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(DOCUMENT).type(ProviderConfigProperty.LIST_TYPE)
                .label("Terms").helpText("Which terms this page shows: those of the account (account), of the chip e-ID (eid) "
                        + "or the processing of personal data (personal-data). Their texts are the messages bawabaTerms.<terms>.title, .intro and .text.")
                .options(SHIPPED_DOCUMENTS).defaultValue(DEFAULT.document).add()
                .property().name(VERSION).type(ProviderConfigProperty.STRING_TYPE)
                .label("Terms version")
                .helpText("Recorded on the account with the time of acceptance. Change it whenever the text changes.")
                .defaultValue(DEFAULT.version).add()
                .property().name(STEP).type(ProviderConfigProperty.STRING_TYPE)
                .label("Step (N/M)").helpText("Shown as 'step N of M' in the account creation; empty: not shown.")
                .add()
                .build();
    }
}
