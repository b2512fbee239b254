package org.bawaba.federation.chooser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class ChooserSettingsTest {

    @Test
    void defaultsRememberTheLastProviderForNinetyDays() {
        assertThat(ChooserSettings.from(null)).isEqualTo(new ChooserSettings(90));
    }

    @Test
    void knobsAreReadFromTheExecutionConfig() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(ChooserSettings.REMEMBER_DAYS, "0"));

        assertThat(ChooserSettings.from(model)).isEqualTo(new ChooserSettings(0));
    }

    @Test
    void nonsenseIsRefusedByName() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(ChooserSettings.REMEMBER_DAYS, "-1"));
        assertThatThrownBy(() -> ChooserSettings.from(model)).hasMessageContaining(ChooserSettings.REMEMBER_DAYS);

        model.setConfig(Map.of(ChooserSettings.REMEMBER_DAYS, "ninety"));
        assertThatThrownBy(() -> ChooserSettings.from(model)).hasMessageContaining(ChooserSettings.REMEMBER_DAYS);
    }

    @Test
    void everyKnobIsDeclaredForTheAdminConsole() {
        assertThat(ChooserSettings.configProperties()).extracting(p -> p.getName())
                .containsExactly(ChooserSettings.REMEMBER_DAYS);
    }
}
