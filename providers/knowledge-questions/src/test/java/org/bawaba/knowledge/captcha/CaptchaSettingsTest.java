package org.bawaba.knowledge.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

class CaptchaSettingsTest {

    @Test
    void defaultsAreOnAHundredThousandAndTenMinutes() {
        assertThat(CaptchaSettings.from(null)).isEqualTo(new CaptchaSettings(true, 100_000, 600));
        assertThat(CaptchaSettings.from(new AuthenticatorConfigModel())).isEqualTo(CaptchaSettings.DEFAULT);
    }

    @Test
    void everyKnobIsReadFromTheExecutionConfig() {
        assertThat(CaptchaSettings.from(config(Map.of(CaptchaSettings.ENABLED, "false",
                CaptchaSettings.MAX_NUMBER, "10", CaptchaSettings.EXPIRY_SECONDS, "120"))))
                .isEqualTo(new CaptchaSettings(false, 10, 120));
        assertThat(CaptchaSettings.from(config(Map.of(CaptchaSettings.ENABLED, " TRUE ")))).isEqualTo(CaptchaSettings.DEFAULT);
    }

    @Test
    void nonsenseConfigurationIsRefusedByName() {
        assertThatThrownBy(() -> CaptchaSettings.from(config(Map.of(CaptchaSettings.ENABLED, "yes"))))
                .hasMessageContaining(CaptchaSettings.ENABLED);
        assertThatThrownBy(() -> CaptchaSettings.from(config(Map.of(CaptchaSettings.MAX_NUMBER, "0"))))
                .hasMessageContaining(CaptchaSettings.MAX_NUMBER);
        assertThatThrownBy(() -> CaptchaSettings.from(config(Map.of(CaptchaSettings.MAX_NUMBER, "many"))))
                .hasMessageContaining(CaptchaSettings.MAX_NUMBER);
        assertThatThrownBy(() -> CaptchaSettings.from(config(Map.of(CaptchaSettings.EXPIRY_SECONDS, "5"))))
                .hasMessageContaining(CaptchaSettings.EXPIRY_SECONDS);
    }

    @Test
    void everyKnobIsDeclaredForTheAdminConsoleWithItsDefault() {
        assertThat(CaptchaSettings.configProperties()).extracting(ProviderConfigProperty::getName)
                .containsExactly(CaptchaSettings.ENABLED, CaptchaSettings.MAX_NUMBER, CaptchaSettings.EXPIRY_SECONDS);
        assertThat(CaptchaSettings.configProperties()).extracting(ProviderConfigProperty::getDefaultValue)
                .containsExactly("true", "100000", "600");
    }

    private static AuthenticatorConfigModel config(Map<String, String> values) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(values);
        return model;
    }
}
