package org.bawaba.enrolment.passport;

import static org.bawaba.authenticator.ExecutionSettings.require;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the pension file number page.
 *
 * @param format what a file number looks like (a regular expression on the number typed, spaces removed)
 * @param step   "N/M" for "step N of M", or empty
 */
public record PensionFileSettings(Pattern format, String step) {

    public static final String FORMAT = "pensionFile.format";
    public static final String STEP = "progress.step";
    public static final String DEFAULT_FORMAT = "[0-9]{6,12}";

    public PensionFileSettings {
        require(format != null, FORMAT + " must be a regular expression");
        step = step == null ? "" : step.trim();
    }

    public static PensionFileSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String format = config.getOrDefault(FORMAT, DEFAULT_FORMAT);
        try {
            return new PensionFileSettings(Pattern.compile(format == null || format.isBlank() ? DEFAULT_FORMAT : format),
                    config.get(STEP));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(FORMAT + " is not a regular expression: " + e.getDescription(), e);
        }
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(FORMAT).type(ProviderConfigProperty.STRING_TYPE)
                .label("File number format")
                .helpText("A regular expression the pension file number (spaces removed) must match; it becomes the "
                        + "account's login.")
                .defaultValue(DEFAULT_FORMAT).add()
                .property().name(STEP).type(ProviderConfigProperty.STRING_TYPE)
                .label("Step (N/M)").helpText("Shown as 'step N of M'; empty: not shown.").add()
                .build();
    }
}
