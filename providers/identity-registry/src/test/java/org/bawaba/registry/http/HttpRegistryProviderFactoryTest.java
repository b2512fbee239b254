package org.bawaba.registry.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.IdentityRegistryProvider;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderFactory;

class HttpRegistryProviderFactoryTest {

    @Test
    void defaults() {
        HttpRegistryConfig config = config(Map.of("baseUrl", "https://registry.example/api/"));
        assertThat(config.baseUrl()).isEqualTo("https://registry.example/api");
        assertThat(config.authorization()).isNull();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1_000));
        assertThat(config.attemptTimeout()).isEqualTo(Duration.ofMillis(2_500));
        assertThat(config.deadline()).isEqualTo(Duration.ofMillis(5_000));
        assertThat(new HttpRegistryProviderFactory().getId()).isEqualTo("http");
        assertThat(new HttpRegistryProviderFactory().order()).as("no default registry: the operator chooses one")
                .isZero();
    }

    @Test
    void baseUrl_isHttps_exceptOnThisMachine() {
        assertThatThrownBy(() -> config(Map.of("baseUrl", "http://registry.example/api")))
                .hasMessage("bawaba-identity-registry http: option 'baseUrl' must be https (http only for localhost)");
        assertThatThrownBy(() -> config(Map.of("baseUrl", "ftp://registry.example"))).hasMessageContaining("'baseUrl'");
        assertThatThrownBy(() -> config(Map.of("baseUrl", "registry.example/api"))).hasMessageContaining("'baseUrl'");
        assertThatThrownBy(() -> config(Map.of("baseUrl", "https://registry.example/api?key=k")))
                .hasMessageContaining("'baseUrl' must have no query");
        assertThat(config(Map.of("baseUrl", "http://localhost:8089")).isConfigured()).isTrue();
        assertThat(config(Map.of("baseUrl", "http://127.0.0.1:8089/v1")).isConfigured()).isTrue();
        assertThat(config(Map.of("baseUrl", "http://[::1]:8089/v1")).isConfigured()).isTrue();
    }

    @Test
    void credentials_areATokenOrAUserAndPassword_neverPrinted() {
        assertThat(config(Map.of("token", "tok-secret")).authorization()).isEqualTo("Bearer tok-secret");
        assertThat(config(Map.of("token", "tok-secret")).toString()).doesNotContain("tok-secret").contains("bearer");
        assertThat(config(Map.of("username", "u", "password", "pw-secret")).toString()).doesNotContain("pw-secret",
                "cHct");
        assertThatThrownBy(() -> config(Map.of("token", "t", "username", "u", "password", "p")))
                .hasMessage("bawaba-identity-registry http: option 'token' cannot be given with username and password");
        assertThatThrownBy(() -> config(Map.of("password", "p"))).hasMessageContaining("'username' is required");
        assertThatThrownBy(() -> config(Map.of("username", "a:b", "password", "p")))
                .hasMessageContaining("'username' cannot hold ':'");
    }

    @Test
    void timeouts_arePositiveMilliseconds() {
        assertThatThrownBy(() -> config(Map.of("deadlineMillis", "0"))).hasMessageContaining("'deadlineMillis'");
        assertThatThrownBy(() -> config(Map.of("attemptTimeoutMillis", "soon")))
                .hasMessageContaining("'attemptTimeoutMillis'");
        assertThatThrownBy(() -> config(Map.of("connectTimeoutMillis", "-5")))
                .hasMessageContaining("'connectTimeoutMillis'");
    }

    @Test
    void withoutBaseUrl_startFails_onlyWhenThisRegistryIsChosen() {
        HttpRegistryProviderFactory factory = new HttpRegistryProviderFactory();
        factory.init(Scopes.of(Map.of()));
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.registry")) {
            factory.postInit(null);
            factory.postInit(choosing(null));
            assertThat(logs.lines()).allMatch(line -> line.startsWith("DEBUG"));
        }
        assertThatThrownBy(() -> factory.postInit(choosing(factory)))
                .hasMessage("bawaba-identity-registry http: option 'baseUrl' is required "
                        + "(--spi-bawaba-identity-registry--http--base-url)");
        Identification someone = new Identification(IdentifierKind.EMPLOYER_ID, "E1", "AB12", LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> factory.create(null).find(someone)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("not configured");
        assertThat(factory.getOperationalInfo()).containsEntry("configured", "false");
    }

    @Test
    void operationalInfo_showsTheHost_neverTheCredentials() {
        HttpRegistryProviderFactory factory = new HttpRegistryProviderFactory();
        factory.init(Scopes.of(Map.of("baseUrl", "https://registry.example/api", "token", "tok-secret")));
        assertThat(factory.getOperationalInfo()).containsEntry("host", "registry.example").containsEntry("auth", "bearer")
                .doesNotContainValue("tok-secret");
    }

    @Test
    void everyOption_isDescribed() {
        assertThat(new HttpRegistryProviderFactory().getConfigMetadata()).extracting(ProviderConfigProperty::getName)
                .containsExactly("baseUrl", "token", "username", "password", "connectTimeoutMillis",
                        "attemptTimeoutMillis", "deadlineMillis");
    }

    /** A server whose chosen registry is {@code chosen} (null: none chosen). */
    static KeycloakSessionFactory choosing(ProviderFactory<?> chosen) {
        return (KeycloakSessionFactory) Proxy.newProxyInstance(KeycloakSessionFactory.class.getClassLoader(),
                new Class<?>[] {KeycloakSessionFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProviderFactory") && args.length == 1
                            && args[0] == IdentityRegistryProvider.class) {
                        return chosen;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpRegistryConfig config(Map<String, String> options) {
        return HttpRegistryConfig.from(Scopes.of(options));
    }
}
