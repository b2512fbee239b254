package org.bawaba.face.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.FaceMatcherFactory;
import org.bawaba.spi.face.Portrait;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

class HttpFaceMatcherFactoryTest {

    private static final String KEY = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    @Test
    void isRegistered_andIsTheDefault() {
        assertThat(ServiceLoader.load(FaceMatcherFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(HttpFaceMatcherFactory.class);
        assertThat(new HttpFaceMatcherFactory().getId()).isEqualTo("http");
        assertThat(new HttpFaceMatcherFactory().order())
                .as("above the development matcher's 0, so chosen whenever no provider is named").isPositive();
    }

    @Test
    void withoutUrl_everyMatchIsUnavailable_andTheStartLogsOneError() {
        HttpFaceMatcherFactory factory = new HttpFaceMatcherFactory();
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.face")) {
            factory.init(Scopes.of(Map.of("apiKey", KEY)));
            factory.postInit(null);
            assertThat(logs.lines()).singleElement().asString().startsWith("ERROR").contains("no url configured");
        }
        Portrait face = new Portrait(Portrait.JPEG, FaceImages.jpeg(1));
        assertThat(factory.create(null).match(face, face))
                .isEqualTo(FaceMatchResult.unavailable("face service not configured"));
        assertThat(factory.getOperationalInfo()).containsEntry("configured", "false");
    }

    @Test
    void defaults() {
        HttpFaceMatcherConfig config = config(Map.of());
        assertThat(config.url()).isEqualTo("http://compreface:8000");
        assertThat(config.apiKey()).isNull();
        assertThat(config.threshold()).isEqualTo(0.85);
        assertThat(config.detectionProbabilityThreshold()).isEqualTo(0.8);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void options_areRead() {
        HttpFaceMatcherConfig config = config(Map.of("url", "https://faces.example/compreface//", "apiKey", KEY,
                "threshold", "0.9", "detectionProbabilityThreshold", "0.95", "connectTimeoutMillis", "500",
                "timeoutMillis", "1500"));
        assertThat(config.url()).isEqualTo("https://faces.example/compreface");
        assertThat(config.apiKey()).isEqualTo(KEY);
        assertThat(config.threshold()).isEqualTo(0.9);
        assertThat(config.detectionProbabilityThreshold()).isEqualTo(0.95);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.toString()).doesNotContain(KEY);
    }

    @Test
    void malformedOptions_failTheStart_namingTheOption() {
        assertThatThrownBy(() -> config(Map.of("url", "ftp://compreface"))).hasMessageContaining("'url'");
        assertThatThrownBy(() -> config(Map.of("url", "compreface:8000/api"))).hasMessageContaining("'url'");
        assertThatThrownBy(() -> config(Map.of("url", "http://compreface:8000/?x=1"))).hasMessageContaining("'url'");
        assertThatThrownBy(() -> config(Map.of("threshold", "1.5"))).hasMessageContaining("'threshold'");
        assertThatThrownBy(() -> config(Map.of("threshold", "high"))).hasMessageContaining("'threshold'");
        assertThatThrownBy(() -> config(Map.of("threshold", "NaN"))).hasMessageContaining("'threshold'");
        assertThatThrownBy(() -> config(Map.of("detectionProbabilityThreshold", "-0.1")))
                .hasMessageContaining("'detectionProbabilityThreshold'");
        assertThatThrownBy(() -> config(Map.of("connectTimeoutMillis", "0")))
                .hasMessageContaining("'connectTimeoutMillis'");
        assertThatThrownBy(() -> config(Map.of("timeoutMillis", "soon"))).hasMessageContaining("'timeoutMillis'");
        assertThatThrownBy(() -> config(Map.of("timeoutMillis", "-5"))).hasMessageContaining("'timeoutMillis'");
    }

    @Test
    void operationalInfo_showsTheHost_neverTheKey() {
        HttpFaceMatcherFactory factory = new HttpFaceMatcherFactory();
        factory.init(Scopes.of(Map.of("url", "https://faces.example:8443", "apiKey", KEY)));
        assertThat(factory.getOperationalInfo()).containsEntry("configured", "true")
                .containsEntry("host", "faces.example").containsEntry("apiKey", "set")
                .containsEntry("threshold", "0.85");
        assertThat(factory.getOperationalInfo().toString()).doesNotContain(KEY);
    }

    @Test
    void configMetadata_documentsEveryOption_andMarksTheKeySecret() {
        var metadata = new HttpFaceMatcherFactory().getConfigMetadata();
        assertThat(metadata).extracting(ProviderConfigProperty::getName).containsExactly("url", "apiKey", "threshold",
                "detectionProbabilityThreshold", "connectTimeoutMillis", "timeoutMillis");
        assertThat(metadata).filteredOn(ProviderConfigProperty::isSecret).extracting(ProviderConfigProperty::getName)
                .containsExactly("apiKey");
        assertThat(metadata).extracting(ProviderConfigProperty::getDefaultValue)
                .containsExactly(null, null, "0.85", "0.8", 2000L, 5000L);
    }

    private static HttpFaceMatcherConfig config(Map<String, String> options) {
        Map<String, String> all = new HashMap<>(Map.of("url", "http://compreface:8000"));
        all.putAll(options);
        return HttpFaceMatcherConfig.from(Scopes.of(all));
    }
}
