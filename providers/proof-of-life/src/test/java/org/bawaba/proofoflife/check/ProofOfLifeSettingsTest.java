package org.bawaba.proofoflife.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class ProofOfLifeSettingsTest {

    @Test
    void aQuarterAndThreeSelfiesByDefaultAndBoundedSettings() {
        assertThat(ProofOfLifeSettings.from(null)).isEqualTo(new ProofOfLifeSettings(91, 3));
        AuthenticatorConfigModel config = new AuthenticatorConfigModel();
        config.setConfig(Map.of(ProofOfLifeSettings.INTERVAL_DAYS, "30", ProofOfLifeSettings.MAX_ATTEMPTS, "1"));
        assertThat(ProofOfLifeSettings.from(config)).isEqualTo(new ProofOfLifeSettings(30, 1));
        config.setConfig(Map.of(ProofOfLifeSettings.INTERVAL_DAYS, "0"));
        assertThatThrownBy(() -> ProofOfLifeSettings.from(config)).hasMessageContaining("1 to 366");
        config.setConfig(Map.of(ProofOfLifeSettings.MAX_ATTEMPTS, "50"));
        assertThatThrownBy(() -> ProofOfLifeSettings.from(config)).hasMessageContaining("1 to 10");
    }
}
