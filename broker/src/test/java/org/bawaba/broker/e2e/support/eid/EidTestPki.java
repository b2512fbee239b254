package org.bawaba.broker.e2e.support.eid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;

/**
 * The test PKI of the end-to-end suite: a Moroccan test CSCA (with a revoked document signer and a rogue CSCA of the
 * same name), generated once per test run and written where {@code BawabaServerConfig} points the server's
 * document trust store ({@link #trustDirectory()}), so the broker trusts exactly its CSCA and CRL.
 */
public final class EidTestPki {

    private static final Path DIRECTORY = Path.of(System.getProperty("bawaba.e2e.eidDir",
            System.getProperty("java.io.tmpdir") + "/bawaba-e2e-eid")).toAbsolutePath();
    private static TestPki pki;

    private EidTestPki() {
    }

    public static synchronized TestPki get() {
        if (pki == null) {
            try {
                deleteRecursively(DIRECTORY);
                TestPki generated = TestPki.generate("MA", KeyAlgorithm.RSA, Instant.now(), new SecureRandom());
                generated.save(DIRECTORY.resolve("pki"));
                pki = generated;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pki;
    }

    /** What the server's trust store reads: the CSCA and its CRL ({@link TestPki#save}'s trust folder). */
    public static Path trustDirectory() {
        get();
        return DIRECTORY.resolve("pki").resolve("trust");
    }

    /** A folder of the run's own, for tests that make more PKIs. */
    public static Path scratch(String name) {
        return DIRECTORY.resolve("scratch").resolve(name);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
