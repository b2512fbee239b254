package org.bawaba.enrolment.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class EnrolmentPathTest {

    @Test
    void aListFromTheFrontDoorOrTheConsoleNamesPathsInItsOwnOrderAndSkipsUnknownNames() {
        assertThat(EnrolmentPath.parse("questions chip")).containsExactly(EnrolmentPath.QUESTIONS, EnrolmentPath.CHIP);
        assertThat(EnrolmentPath.parse("chip##retina,QUESTIONS")).containsExactly(EnrolmentPath.CHIP, EnrolmentPath.QUESTIONS);
        assertThat(EnrolmentPath.parse(null)).isEmpty();
        assertThat(EnrolmentPath.parse("<script>")).isEmpty();
    }

    @Test
    void theRealmOffersEveryPathUnlessItsExecutionNamesFewer() {
        assertThat(EnrolmentPathSettings.from(null).offered()).containsExactlyInAnyOrder(EnrolmentPath.values());
        AuthenticatorConfigModel config = new AuthenticatorConfigModel();
        config.setConfig(Map.of(EnrolmentPathSettings.PATHS, "chip"));
        assertThat(EnrolmentPathSettings.from(config).offered()).containsExactly(EnrolmentPath.CHIP);
        config.setConfig(Map.of(EnrolmentPathSettings.PATHS, "nothing-known"));
        assertThatThrownBy(() -> EnrolmentPathSettings.from(config)).hasMessageContaining(EnrolmentPathSettings.PATHS);
    }
}
