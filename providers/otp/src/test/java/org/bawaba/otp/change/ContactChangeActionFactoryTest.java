package org.bawaba.otp.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bawaba.otp.code.CodePolicy;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;

class ContactChangeActionFactoryTest {

    private final EmailChangeActionFactory email = new EmailChangeActionFactory();
    private final PhoneChangeActionFactory phone = new PhoneChangeActionFactory();

    @Test
    void theActionsAreNamedForKcActionAndAnApplicationMayStartThem() {
        assertThat(email.getId()).isEqualTo("bawaba-update-email");
        assertThat(phone.getId()).isEqualTo("bawaba-update-phone");
        assertThat(email.create(null).initiatedActionSupport()).isEqualTo(InitiatedActionSupport.SUPPORTED);
        assertThat(phone.create(null).initiatedActionSupport()).isEqualTo(InitiatedActionSupport.SUPPORTED);
    }

    @Test
    void theirSettingsAreTheCodesAndTheMaximumAgeOfTheSignIn() {
        assertThat(email.isConfigurable()).isTrue();
        assertThat(email.getConfigMetadata()).extracting(ProviderConfigProperty::getName)
                .contains("max_auth_age", CodePolicy.LENGTH, CodePolicy.MAX_SENDS_PER_HOUR)
                .doesNotContain(CodePolicy.PROVISIONAL_PASSWORD);
    }

    @Test
    void settingsACodeCouldNotRunWithAreRefused() {
        assertThatThrownBy(() -> email.validateConfig(null, null, config(Map.of(CodePolicy.LENGTH, "2"))))
                .isInstanceOf(ValidationException.class);
        assertThatCode(() -> phone.validateConfig(null, null, config(Map.of(CodePolicy.LENGTH, "8"))))
                .doesNotThrowAnyException();
    }

    private static RequiredActionConfigModel config(Map<String, String> values) {
        RequiredActionConfigModel model = new RequiredActionConfigModel();
        model.setConfig(values);
        return model;
    }
}
