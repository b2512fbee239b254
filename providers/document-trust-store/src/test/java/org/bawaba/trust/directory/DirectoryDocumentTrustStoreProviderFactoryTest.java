package org.bawaba.trust.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.spi.trust.DocumentTrustStoreProviderFactory;
import org.bawaba.spi.trust.DocumentTrustStoreSpi;
import org.keycloak.Config;
import org.keycloak.provider.Spi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryDocumentTrustStoreProviderFactoryTest {

    @TempDir
    Path directory;

    @Test
    void spiAndFactory_areRegisteredAsServices() {
        assertThat(ServiceLoader.load(Spi.class).stream().map(ServiceLoader.Provider::type))
                .contains(DocumentTrustStoreSpi.class);
        assertThat(ServiceLoader.load(DocumentTrustStoreProviderFactory.class).stream()
                .map(ServiceLoader.Provider::type)).containsExactly(DirectoryDocumentTrustStoreProviderFactory.class);
        DocumentTrustStoreSpi spi = new DocumentTrustStoreSpi();
        assertThat(spi.getName()).isEqualTo("document-trust-store");
        assertThat(spi.getProviderFactoryClass()).isEqualTo(DocumentTrustStoreProviderFactory.class);
    }

    @Test
    void loadsThePublicCscaDirectoryAndMasterList() throws Exception {
        Path vectors = Path.of(System.getProperty("eid.vectors.dir")).normalize();
        Files.copy(vectors.resolve("masterList.pem"), directory.resolve("masterList.pem"));
        for (String csca : new String[] {"csca_de_1.cer", "csca_de_3e8.cer", "csca_de_0130846f22c2.der"}) {
            Files.copy(vectors.resolve("csca").resolve(csca), directory.resolve(csca));
        }
        DirectoryDocumentTrustStoreProviderFactory factory = new DirectoryDocumentTrustStoreProviderFactory();
        factory.init(config(Map.of("directory", directory.toString(), "reloadIntervalSeconds", "0")));

        TrustSnapshot snapshot = factory.create(null).snapshot();
        assertThat(snapshot.cscaCertificates()).hasSizeGreaterThan(700);
        assertThat(snapshot.cscaCertificates()).anyMatch(c -> c.getSubjectX500Principal().getName()
                .contains("CN=ETSI CS"));
    }

    @Test
    void reloadsWithoutRestart() throws Exception {
        DirectoryDocumentTrustStoreProviderFactory factory = new DirectoryDocumentTrustStoreProviderFactory();
        factory.init(config(Map.of("directory", directory.toString(), "reloadIntervalSeconds", "0")));
        TrustSnapshot before = factory.create(null).snapshot();
        assertThat(before.cscaCertificates()).isEmpty();

        TestPki pki = TestPki.generate("MA", KeyAlgorithm.BRAINPOOL, Instant.now(), new SecureRandom());
        Files.write(directory.resolve("csca-ma.der"), pki.csca().getEncoded());

        TrustSnapshot after = factory.create(null).snapshot();
        assertThat(after.generation()).isGreaterThan(before.generation());
        assertThat(after.cscaCertificates()).containsExactly(pki.csca());
    }

    @Test
    void withoutDirectory_everythingIsUntrusted() {
        DirectoryDocumentTrustStoreProviderFactory factory = new DirectoryDocumentTrustStoreProviderFactory();
        factory.init(config(Map.of()));
        assertThat(factory.create(null).snapshot().cscaCertificates()).isEmpty();
        assertThat(factory.getConfigMetadata()).extracting("name")
                .containsExactly("directory", "reloadIntervalSeconds");
    }

    /** Options as Keycloak reads them: its own system-properties scope, under a prefix of this test's. */
    private static Config.Scope config(Map<String, String> values) {
        String prefix = "bawaba.test." + java.util.UUID.randomUUID() + ".";
        values.forEach((key, value) -> System.setProperty(prefix + key, value));
        return new Config.SystemPropertiesScope(prefix);
    }
}
