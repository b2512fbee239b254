package org.bawaba.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.ServiceLoader;

import org.bawaba.registry.http.HttpRegistryProviderFactory;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.IdentityRegistryProviderFactory;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;

class ReferenceRegistryProviderFactoryTest {

    private static final String KEY = Base64.getEncoder().encodeToString(AnswerHasherTest.KEY);

    @TempDir
    Path dir;

    @Test
    void bothProviders_andTheTable_areRegistered() {
        assertThat(ServiceLoader.load(IdentityRegistryProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(ReferenceRegistryProviderFactory.class, HttpRegistryProviderFactory.class);
        assertThat(new ReferenceRegistryProviderFactory().getId()).isEqualTo("reference");
        assertThat(new ReferenceRegistryProviderFactory().order())
                .as("no default registry: the operator chooses one").isZero();

        JpaEntityProviderFactory tables = ServiceLoader.load(JpaEntityProviderFactory.class).findFirst().orElseThrow();
        JpaEntityProvider table = tables.create(null);
        assertThat(table.getEntities()).containsExactly(RegistryPersonEntity.class);
        assertThat(table.getFactoryId()).isEqualTo(tables.getId());
        assertThat(getClass().getClassLoader().getResource(table.getChangelogLocation())).isNotNull();
    }

    @Test
    void hashKey_mustBeBase64OfAtLeast32Bytes_andIsNeverEchoed() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);
        assertThatThrownBy(() -> init(Map.of("hashKey", shortKey)))
                .hasMessage("bawaba-identity-registry reference: option 'hashKey' must decode to at least 32 bytes "
                        + "(e.g. openssl rand -base64 32)")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> init(Map.of("hashKey", "not base64!")))
                .hasMessage("bawaba-identity-registry reference: option 'hashKey' is not base64");
        assertThat(ReferenceRegistryConfig.from(Scopes.of(Map.of("hashKey", KEY))).toString()).doesNotContain(KEY);
    }

    @Test
    void csv_mustNameAReadableFile_andNeedsTheKey() throws IOException {
        assertThatThrownBy(() -> init(Map.of("hashKey", KEY, "csv", dir.resolve("absent.csv").toString())))
                .hasMessageContaining("option 'csv' names no readable file");
        Path csv = Files.writeString(dir.resolve("people.csv"), String.join(",", RegistryCsv.COLUMNS) + "\n");
        ReferenceRegistryProviderFactory factory = init(Map.of("csv", csv.toString()));
        assertThatThrownBy(() -> factory.postInit(null))
                .hasMessage("bawaba-identity-registry reference: option 'hashKey' is required to load option 'csv'");
    }

    @Test
    void withoutKey_andNotInUse_startsQuietly_butEveryCallIsUnavailable() {
        ReferenceRegistryProviderFactory factory = init(Map.of());
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.registry")) {
            factory.postInit(null);
            assertThat(logs.lines()).allMatch(line -> line.startsWith("DEBUG"));
        }
        Identification someone = new Identification(IdentifierKind.REGISTRATION_NUMBER, "1", "AB12",
                LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> factory.create(null).find(someone)).isInstanceOf(RegistryUnavailableException.class);
        assertThatThrownBy(() -> factory.create(null).answersMatch(someone, Map.of()))
                .isInstanceOf(RegistryUnavailableException.class);
        assertThat(factory.getOperationalInfo()).containsEntry("configured", "false");
    }

    @Test
    void theDevelopmentKey_works_butWarnsAtStart() {
        ReferenceRegistryProviderFactory factory = init(Map.of("hashKey", ReferenceRegistryConfig.DEVELOPMENT_KEY));
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.registry")) {
            factory.postInit(null);
            assertThat(logs.lines()).singleElement().asString().startsWith("WARN").contains("DEVELOPMENT-ONLY");
        }
        assertThat(factory.getOperationalInfo()).containsEntry("configured", "true");
    }

    @Test
    void everyOption_isDescribed() {
        assertThat(new ReferenceRegistryProviderFactory().getConfigMetadata()).extracting(ProviderConfigProperty::getName)
                .containsExactly("hashKey", "csv");
        assertThat(new ReferenceRegistryProviderFactory().getConfigMetadata().get(0).isSecret()).isTrue();
    }

    private static ReferenceRegistryProviderFactory init(Map<String, String> options) {
        ReferenceRegistryProviderFactory factory = new ReferenceRegistryProviderFactory();
        factory.init(Scopes.of(options));
        return factory;
    }
}
