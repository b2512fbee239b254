package org.bawaba.password.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.bawaba.password.temporary.TemporaryPasswordSettings;
import org.junit.jupiter.api.Test;

class TemporaryPasswordFormConfigTest {

    private final TemporaryPasswordSettings realm = new TemporaryPasswordSettings(Duration.ofHours(48), 14);

    @Test
    void fallsBackToTheRealmSettings() {
        TemporaryPasswordFormConfig config = TemporaryPasswordFormConfig.from(null, realm);

        assertThat(config.maxAge()).isEqualTo(Duration.ofHours(48));
        assertThat(config.selfServiceReissue()).isTrue();
    }

    @Test
    void executionConfigOverridesTheRealm() {
        TemporaryPasswordFormConfig config = TemporaryPasswordFormConfig.from(Map.of(
                TemporaryPasswordFormConfig.MAX_AGE_HOURS, "96",
                TemporaryPasswordFormConfig.SELF_SERVICE_REISSUE, "false"), realm);

        assertThat(config.maxAgeHours()).isEqualTo(96);
        assertThat(config.selfServiceReissue()).isFalse();
    }

    @Test
    void unreadableHoursKeepTheRealmValue() {
        assertThat(TemporaryPasswordFormConfig.from(Map.of(TemporaryPasswordFormConfig.MAX_AGE_HOURS, "three"), realm).maxAgeHours())
                .isEqualTo(48);
    }

    @Test
    void concurrentSignInWaitDefaultsToFiveSecondsAndIsBounded() {
        assertThat(TemporaryPasswordFormConfig.from(null, realm).concurrentSignInWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(wait("0")).isEqualTo(Duration.ZERO);
        assertThat(wait("1500")).isEqualTo(Duration.ofMillis(1500));
        assertThat(wait("600000")).isEqualTo(Duration.ofSeconds(30));
        assertThat(wait("-1")).isEqualTo(Duration.ofSeconds(5));
        assertThat(wait("soon")).isEqualTo(Duration.ofSeconds(5));
    }

    private Duration wait(String millis) {
        return TemporaryPasswordFormConfig.from(
                Map.of(TemporaryPasswordFormConfig.CONCURRENT_SIGN_IN_WAIT_MILLIS, millis), realm).concurrentSignInWait();
    }
}
