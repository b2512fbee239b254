package org.bawaba.otp.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

class CodePolicyTest {

    @Test
    void defaultsAreThoseOfTheIssue() {
        CodePolicy policy = CodePolicy.from(null);

        assertThat(policy).isEqualTo(new CodePolicy(6, 300, 5, 60, 5, "MA", false));
    }

    @Test
    void everyKnobIsReadFromTheExecutionConfig() {
        Map<String, String> settings = Map.of(
                CodePolicy.LENGTH, "8", CodePolicy.VALIDITY_SECONDS, "120", CodePolicy.MAX_WRONG_ATTEMPTS, "3",
                CodePolicy.RESEND_AFTER_SECONDS, "30", CodePolicy.MAX_SENDS_PER_HOUR, "10", CodePolicy.DEFAULT_REGION, "fr",
                CodePolicy.PROVISIONAL_PASSWORD, "true");

        assertThat(CodePolicy.from(settings)).isEqualTo(new CodePolicy(8, 120, 3, 30, 10, "FR", true));
    }

    @Test
    void nonsenseConfigurationIsRefusedByName() {
        assertThatThrownBy(() -> CodePolicy.from(Map.of(CodePolicy.LENGTH, "two"))).hasMessageContaining(CodePolicy.LENGTH);

        assertThatThrownBy(() -> CodePolicy.from(Map.of(CodePolicy.VALIDITY_SECONDS, "5"))).hasMessageContaining(CodePolicy.VALIDITY_SECONDS);
    }

    @Test
    void everyKnobIsDeclaredForTheAdminConsole() {
        assertThat(CodePolicy.configProperties()).extracting(p -> p.getName()).containsExactly(
                CodePolicy.LENGTH, CodePolicy.VALIDITY_SECONDS, CodePolicy.MAX_WRONG_ATTEMPTS,
                CodePolicy.RESEND_AFTER_SECONDS, CodePolicy.MAX_SENDS_PER_HOUR, CodePolicy.DEFAULT_REGION,
                CodePolicy.PROVISIONAL_PASSWORD);
    }

    @Test
    void aContactChangeActionOffersTheCodeSettingsButNotTheProvisionalPassword() {
        assertThat(CodePolicy.codeProperties()).extracting(ProviderConfigProperty::getName)
                .contains(CodePolicy.LENGTH, CodePolicy.MAX_SENDS_PER_HOUR, CodePolicy.DEFAULT_REGION)
                .doesNotContain(CodePolicy.PROVISIONAL_PASSWORD);
        assertThat(CodePolicy.configProperties()).extracting(ProviderConfigProperty::getName)
                .contains(CodePolicy.LENGTH, CodePolicy.PROVISIONAL_PASSWORD);
    }
}
