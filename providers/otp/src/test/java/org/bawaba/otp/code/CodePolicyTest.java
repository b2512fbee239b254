package org.bawaba.otp.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class CodePolicyTest {

    @Test
    void defaultsAreThoseOfTheIssue() {
        CodePolicy policy = CodePolicy.from(null);

        assertThat(policy).isEqualTo(new CodePolicy(6, 300, 5, 60, 5, "MA", false));
    }

    @Test
    void everyKnobIsReadFromTheExecutionConfig() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(
                CodePolicy.LENGTH, "8", CodePolicy.VALIDITY_SECONDS, "120", CodePolicy.MAX_WRONG_ATTEMPTS, "3",
                CodePolicy.RESEND_AFTER_SECONDS, "30", CodePolicy.MAX_SENDS_PER_HOUR, "10", CodePolicy.DEFAULT_REGION, "fr",
                CodePolicy.PROVISIONAL_PASSWORD, "true"));

        assertThat(CodePolicy.from(model)).isEqualTo(new CodePolicy(8, 120, 3, 30, 10, "FR", true));
    }

    @Test
    void nonsenseConfigurationIsRefusedByName() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(CodePolicy.LENGTH, "two"));
        assertThatThrownBy(() -> CodePolicy.from(model)).hasMessageContaining(CodePolicy.LENGTH);

        model.setConfig(Map.of(CodePolicy.VALIDITY_SECONDS, "5"));
        assertThatThrownBy(() -> CodePolicy.from(model)).hasMessageContaining(CodePolicy.VALIDITY_SECONDS);
    }

    @Test
    void everyKnobIsDeclaredForTheAdminConsole() {
        assertThat(CodePolicy.configProperties()).extracting(p -> p.getName()).containsExactly(
                CodePolicy.LENGTH, CodePolicy.VALIDITY_SECONDS, CodePolicy.MAX_WRONG_ATTEMPTS,
                CodePolicy.RESEND_AFTER_SECONDS, CodePolicy.MAX_SENDS_PER_HOUR, CodePolicy.DEFAULT_REGION,
                CodePolicy.PROVISIONAL_PASSWORD);
    }
}
