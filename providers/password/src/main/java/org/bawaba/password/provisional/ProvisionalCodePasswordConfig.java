package org.bawaba.password.provisional;

import java.util.List;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** @param codeNote the authentication-session note in which the code-verifying step leaves the verified code */
public record ProvisionalCodePasswordConfig(String codeNote) {

    public static final String CODE_NOTE = "codeNote";
    public static final String DEFAULT_CODE_NOTE = "bawaba.verifiedCode";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(CODE_NOTE)
            .label("Verified code note")
            .helpText("Authentication-session note holding the code the previous step has just verified.")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(DEFAULT_CODE_NOTE)
            .add()
            .build();

    public static ProvisionalCodePasswordConfig from(AuthenticatorConfigModel model) {
        String note = model == null || model.getConfig() == null ? null : model.getConfig().get(CODE_NOTE);
        return new ProvisionalCodePasswordConfig(note == null || note.isBlank() ? DEFAULT_CODE_NOTE : note.trim());
    }
}
