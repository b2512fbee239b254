package org.bawaba.device.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.account.DeviceRepresentation;

/** What Keycloak's User-Agent parser (ua-parser) names, in the words a person knows. */
class DeviceWordingTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Chrome/120.0.6099         | Windows      | Chrome           | Windows",
            "Chrome Mobile/120.0.6099  | Android      | Chrome           | Android",
            "Chrome Mobile iOS/120.0   | iOS          | Chrome           | iOS",
            "Mobile Safari/17.1        | iOS          | Safari           | iOS",
            "Safari/17.1               | Mac OS X     | Safari           | macOS",
            "Firefox/121.0             | Ubuntu       | Firefox          | Linux",
            "Firefox Mobile/121.0      | Android      | Firefox          | Android",
            "Edge/120.0.2210           | Windows      | Microsoft Edge   | Windows",
            "Samsung Internet/23.0     | Android      | Samsung Internet | Android",
            "Opera/105.0               | Linux        | Opera            | Linux",
            "HeadlessChrome/120.0      | Linux        | Chrome           | Linux",
            "Chrome/120.0              | Chrome OS    | Chrome           | ChromeOS",
            "Java-http-client/17.0.9   | Other        | -                | -",
            "Other/Unknown             | Other        | -                | -"})
    void namesTheFamilyNeverTheVersion(String browser, String system, String browserWords, String systemWords) {
        DeviceRepresentation device = new DeviceRepresentation();
        String[] familyAndVersion = browser.split("/", 2);
        device.setBrowser(familyAndVersion[0], familyAndVersion[1]);
        device.setOs(system);

        DeviceWording wording = DeviceWording.of(device);

        assertThat(wording.browser()).isEqualTo(Optional.ofNullable(browserWords));
        assertThat(wording.system()).isEqualTo(Optional.ofNullable(systemWords));
    }

    @org.junit.jupiter.api.Test
    void noUserAgentNamesNothing() {
        assertThat(DeviceWording.of(null)).isEqualTo(new DeviceWording(Optional.empty(), Optional.empty()));
        assertThat(DeviceWording.of(null, null)).isEqualTo(new DeviceWording(Optional.empty(), Optional.empty()));
    }
}
