package org.bawaba.eid.verifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;

/** Shared, lazily generated test material: key generation is the slow part of these tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    static final byte[] CHALLENGE = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88};

    /** JMRTD logs corrupt keys at WARNING through JUL; the mutation tests make many on purpose. */
    private static final java.util.logging.Logger JMRTD_LOG = java.util.logging.Logger.getLogger("org.jmrtd");

    static {
        JMRTD_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private static TestPki moroccoRsa;
    private static TestPki moroccoBrainpool;

    private Fixtures() {
    }

    static synchronized TestPki moroccoRsa() {
        if (moroccoRsa == null) {
            moroccoRsa = TestPki.generate("MA", KeyAlgorithm.RSA, NOW, new SecureRandom());
        }
        return moroccoRsa;
    }

    static synchronized TestPki moroccoBrainpool() {
        if (moroccoBrainpool == null) {
            moroccoBrainpool = TestPki.generate("MA", KeyAlgorithm.BRAINPOOL, NOW, new SecureRandom());
        }
        return moroccoBrainpool;
    }

    static DocumentFactory factory() {
        return new DocumentFactory(new SecureRandom(), CLOCK);
    }

    static TrustSnapshot trust(TestPki... pkis) {
        List<java.security.cert.X509Certificate> cscas = java.util.Arrays.stream(pkis).map(TestPki::csca).toList();
        List<java.security.cert.X509CRL> crls = java.util.Arrays.stream(pkis).map(TestPki::crl).toList();
        return TrustSnapshot.of(cscas, crls);
    }

    static ChipDocumentVerifier verifier(TrustSnapshot trust, VerificationPolicy policy) {
        return new ChipDocumentVerifier(TrustAnchorSource.of(trust), policy, CLOCK, new ValidatedChainCache(64));
    }

    static VerificationRequest request(Presentation presentation) {
        VerificationRequest request = VerificationRequest.of(presentation.sod(), presentation.dataGroups());
        return presentation.aaResponse() == null && presentation.challenge() == null ? request
                : request.withActiveAuthentication(presentation.challenge(), presentation.aaResponse());
    }

    static Path vectors() {
        String dir = System.getProperty("eid.vectors.dir");
        if (dir == null) {
            throw new IllegalStateException("system property eid.vectors.dir not set (surefire sets it)");
        }
        Path path = Path.of(dir).normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("public e-ID vectors not found at " + path
                    + ": CI must clone shared/ beside the repository");
        }
        return path;
    }
}
