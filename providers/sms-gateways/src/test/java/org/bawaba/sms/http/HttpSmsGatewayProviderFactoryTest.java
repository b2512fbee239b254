package org.bawaba.sms.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;

import org.bawaba.spi.sms.SmsFailure;
import org.bawaba.spi.sms.SmsGatewayProviderFactory;
import org.bawaba.spi.sms.SmsMessage;
import org.bawaba.spi.sms.SmsOutcome;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

class HttpSmsGatewayProviderFactoryTest {

    @Test
    void isRegistered_andIsTheDefault() {
        assertThat(ServiceLoader.load(SmsGatewayProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(HttpSmsGatewayProviderFactory.class);
        assertThat(new HttpSmsGatewayProviderFactory().getId()).isEqualTo("http");
        assertThat(new HttpSmsGatewayProviderFactory().order())
                .as("above the development outbox's 0, so chosen whenever no provider is named").isPositive();
    }

    @Test
    void withoutUrl_sendIsUnavailable_andInitLogsOneError() {
        HttpSmsGatewayProviderFactory factory = new HttpSmsGatewayProviderFactory();
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.sms")) {
            factory.init(Scopes.of(Map.of()));
            factory.postInit(null);
            assertThat(logs.lines()).singleElement().asString().startsWith("ERROR").contains("no url configured");
        }
        SmsOutcome outcome = factory.create(null).send(new SmsMessage("+212612345678", "123456", "r"));
        assertThat(outcome).isEqualTo(SmsOutcome.failed(SmsFailure.UNAVAILABLE, "gateway not configured"));
        assertThat(factory.getOperationalInfo()).containsEntry("configured", "false");
    }

    @Test
    void defaults() {
        HttpSmsGatewayConfig config = HttpSmsGatewayConfig.from(Scopes.of(Map.of("url", "https://sms.example/v1")));
        assertThat(config.method()).isEqualTo("POST");
        assertThat(config.contentType()).isEqualTo("application/json");
        assertThat(config.bodyTemplate()).isEqualTo("{\"to\":\"${to}\",\"text\":\"${text}\",\"reference\":\"${reference}\"}");
        assertThat(config.auth()).isEqualTo(new HttpSmsGatewayConfig.Auth.None());
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.backoff()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.deadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.messageIdPath()).isEqualTo("id");
        assertThat(config.headers()).isEmpty();
    }

    @Test
    void malformedOptions_failTheStart_namingTheOption_withoutEchoingSecrets() {
        assertThatThrownBy(() -> config(Map.of("url", "ftp://sms.example"))).hasMessageContaining("'url'");
        assertThatThrownBy(() -> config(Map.of("url", "sms.example/send"))).hasMessageContaining("'url'");
        assertThatThrownBy(() -> config(Map.of("method", "DELETE"))).hasMessageContaining("'method'");
        assertThatThrownBy(() -> config(Map.of("auth", "oauth"))).hasMessageContaining("'auth'");
        assertThatThrownBy(() -> config(Map.of("auth", "basic"))).hasMessageContaining("'username'");
        assertThatThrownBy(() -> config(Map.of("auth", "bearer"))).hasMessageContaining("'token'");
        assertThatThrownBy(() -> config(Map.of("auth", "api-key"))).hasMessageContaining("'apiKey'");
        assertThatThrownBy(() -> config(Map.of("headers", "no-colon"))).hasMessageContaining("'headers'");
        assertThatThrownBy(() -> config(Map.of("headers", "Host: evil.example"))).hasMessageContaining("'headers'");
        assertThatThrownBy(() -> config(Map.of("auth", "api-key", "apiKey", "k", "apiKeyHeader", "bad header")))
                .hasMessageContaining("'apiKeyHeader'");
        assertThatThrownBy(() -> config(Map.of("maxAttempts", "0"))).hasMessageContaining("'maxAttempts'");
        assertThatThrownBy(() -> config(Map.of("timeoutMs", "0"))).hasMessageContaining("'timeoutMs'");
        assertThatThrownBy(() -> config(Map.of("invalidNumberPattern", "(")))
                .hasMessageContaining("'invalidNumberPattern'");
        assertThat(config(Map.of("auth", "bearer", "token", "tok-secret")).toString()).doesNotContain("tok-secret");
        assertThat(config(Map.of("url", "https://sms.example/send?to=${to}&text=${text}")).isConfigured()).isTrue();
    }

    @Test
    void operationalInfo_showsTheHostOnly() {
        HttpSmsGatewayProviderFactory factory = new HttpSmsGatewayProviderFactory();
        factory.init(Scopes.of(Map.of("url", "https://sms.example/send?key=k-secret&to=${to}",
                "auth", "bearer", "token", "t-secret")));
        assertThat(factory.getOperationalInfo()).containsEntry("host", "sms.example")
                .containsEntry("auth", "bearer").doesNotContainValue("t-secret");
        assertThat(factory.getOperationalInfo().toString()).doesNotContain("secret");
    }

    @Test
    void configMetadata_documentsEveryOption_andMarksSecrets() {
        var metadata = new HttpSmsGatewayProviderFactory().getConfigMetadata();
        assertThat(metadata).extracting(ProviderConfigProperty::getName).containsExactly(
                "url", "method", "contentType", "bodyTemplate", "auth", "username", "password", "token",
                "apiKeyHeader", "apiKey", "headers", "timeoutMs", "maxAttempts", "backoffMs", "deadlineMs",
                "messageIdPath", "invalidNumberPattern");
        assertThat(metadata).filteredOn(ProviderConfigProperty::isSecret).extracting(ProviderConfigProperty::getName)
                .containsExactly("password", "token", "apiKey");
    }

    private static HttpSmsGatewayConfig config(Map<String, String> options) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("url", "https://sms.example/send"));
        all.putAll(options);
        return HttpSmsGatewayConfig.from(Scopes.of(all));
    }
}
