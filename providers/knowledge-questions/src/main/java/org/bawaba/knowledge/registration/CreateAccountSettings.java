package org.bawaba.knowledge.registration;

import static org.bawaba.authenticator.ExecutionSettings.intValue;
import static org.bawaba.authenticator.ExecutionSettings.require;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Settings of the account-creating step. @param progressPercent the progress bar's value on its page, -1 for none */
public record CreateAccountSettings(int progressPercent) {

    public static final String PROGRESS = "progress.percent";
    public static final CreateAccountSettings DEFAULT = new CreateAccountSettings(-1);

    public CreateAccountSettings {
        require(progressPercent >= -1 && progressPercent <= 100, PROGRESS + " must be between 0 and 100");
    }

    public static CreateAccountSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new CreateAccountSettings(intValue(config, PROGRESS, DEFAULT.progressPercent));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(PROGRESS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Progress (%)").helpText("The progress bar's value on the password page; empty: no bar.").add()
                .build();
    }
}
