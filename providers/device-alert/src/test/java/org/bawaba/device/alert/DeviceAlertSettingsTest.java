package org.bawaba.device.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;

class DeviceAlertSettingsTest {

    @Test
    void tenBrowsersAndAWeekByDefault() {
        DeviceAlertSettings settings = DeviceAlertSettings.from(Scopes.of(Map.of()));

        assertThat(settings.maxDevices()).isEqualTo(10);
        assertThat(settings.linkValidity()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theOptionsChangeThem() {
        DeviceAlertSettings settings = DeviceAlertSettings.from(Scopes.of(Map.of("max-devices", "3", "link-validity-days", "2")));

        assertThat(settings.maxDevices()).isEqualTo(3);
        assertThat(settings.linkValidity()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aBadValueFailsTheStartNamingTheOption() {
        assertThatThrownBy(() -> DeviceAlertSettings.from(Scopes.of(Map.of("max-devices", "0"))))
                .hasMessageContaining("max-devices");
        assertThatThrownBy(() -> DeviceAlertSettings.from(Scopes.of(Map.of("link-validity-days", "a week"))))
                .hasMessageContaining("link-validity-days");
    }
}
