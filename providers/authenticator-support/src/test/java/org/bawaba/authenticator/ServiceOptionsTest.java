package org.bawaba.authenticator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keycloak.Config;

class ServiceOptionsTest {

    private static final String OWNER = "bawaba-test http";

    @Test
    void httpUri_acceptsAbsoluteHttpUrls_only() {
        assertThat(ServiceOptions.httpUri("https://service.example:8443/v1", OWNER, "url").getHost())
                .isEqualTo("service.example");
        assertThatThrownBy(() -> ServiceOptions.httpUri("ftp://service.example", OWNER, "url"))
                .hasMessage("bawaba-test http: option 'url' must be an absolute http(s) URL");
        assertThatThrownBy(() -> ServiceOptions.httpUri("service.example/v1", OWNER, "url"))
                .hasMessageContaining("'url'");
        assertThatThrownBy(() -> ServiceOptions.httpUri("http://bad host/", OWNER, "url"))
                .hasMessage("bawaba-test http: option 'url' not a URI");
    }

    @Test
    void numbers_areChecked_namingTheOption_neverTheValue() {
        Config.Scope scope = scope(Map.of("timeoutMs", "0", "slow", "later", "share", "1.5", "half", "0.5"));
        assertThat(ServiceOptions.positiveMillis(scope, OWNER, "missing", 250)).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> ServiceOptions.positiveMillis(scope, OWNER, "timeoutMs", 1))
                .hasMessage("bawaba-test http: option 'timeoutMs' must be a positive number of milliseconds");
        assertThatThrownBy(() -> ServiceOptions.positiveMillis(scope, OWNER, "slow", 1))
                .hasMessageContaining("'slow'").hasMessageNotContaining("later");
        assertThat(ServiceOptions.fraction(scope, OWNER, "half", 0.9)).isEqualTo(0.5);
        assertThat(ServiceOptions.fraction(scope, OWNER, "missing", 0.9)).isEqualTo(0.9);
        assertThatThrownBy(() -> ServiceOptions.fraction(scope, OWNER, "share", 0.9))
                .hasMessage("bawaba-test http: option 'share' must be between 0 and 1");
        assertThatThrownBy(() -> ServiceOptions.fraction(scope, OWNER, "slow", 0.9))
                .hasMessage("bawaba-test http: option 'slow' not a number");
        assertThat(ServiceOptions.positiveInt(scope(Map.of("days", "30")), OWNER, "days", 365)).isEqualTo(30);
        assertThat(ServiceOptions.positiveInt(scope, OWNER, "missing", 365)).isEqualTo(365);
        assertThatThrownBy(() -> ServiceOptions.positiveInt(scope, OWNER, "timeoutMs", 1))
                .hasMessage("bawaba-test http: option 'timeoutMs' must be a positive number");
        assertThatThrownBy(() -> ServiceOptions.positiveInt(scope, OWNER, "slow", 1))
                .hasMessage("bawaba-test http: option 'slow' not a whole number");
        assertThat(ServiceOptions.blankToNull("  ")).isNull();
        assertThat(ServiceOptions.blankToNull(" key ")).isEqualTo("key");
    }

    @Test
    void failures_areDescribedByKind_neverByMessage() {
        assertThat(ServiceCalls.describe(new HttpTimeoutException("http://host/?to=+212600000000")))
                .isEqualTo("timeout");
        assertThat(ServiceCalls.describe(new ConnectException("host"))).isEqualTo("connection failed");
        assertThat(ServiceCalls.describe(new IOException("secret"))).isEqualTo("I/O error (IOException)");
        assertThat(ServiceCalls.describe(new IllegalStateException("secret")))
                .isEqualTo("error (IllegalStateException)");
        assertThat(ServiceCalls.inUse(null, org.keycloak.provider.Provider.class, null)).isTrue();
    }

    private static Config.Scope scope(Map<String, String> options) {
        String prefix = "bawaba.test." + UUID.randomUUID() + ".";
        options.forEach((key, value) -> System.setProperty(prefix + key, value));
        return new Config.SystemPropertiesScope(prefix);
    }
}
