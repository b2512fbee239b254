package org.bawaba.benchmarks;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.bawaba.eid.verifier.ChipDocumentVerifier;
import org.bawaba.eid.verifier.Verdict;
import org.bawaba.eid.verifier.VerdictReason;
import org.bawaba.eid.verifier.VerificationPolicy;
import org.bawaba.eid.verifier.VerificationRequest;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full check of one document (EF.SOD parse and CMS signature, DS chain, DG hashes, MRZ, expiry, issuing state,
 * Active Authentication, identity extraction) with and without the validated-chain cache. One DS signs all the
 * documents, as in real life.
 *
 * <ul>
 * <li>RSA: RSA-3072 CSCA, RSA-2048 DS (SHA256withRSA), Moroccan CNIE with RSA-1024 ISO 9796-2 AA</li>
 * <li>BRAINPOOL: brainpoolP384r1 CSCA, brainpoolP256r1 DS, passport with brainpoolP256r1 ECDSA AA</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChipVerificationBenchmark {

    private static final int DOCUMENTS = 32;
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final byte[] CHALLENGE = {1, 2, 3, 4, 5, 6, 7, 8};

    @Param({"RSA", "BRAINPOOL"})
    public String chain;

    private VerificationRequest[] requests;
    private ChipDocumentVerifier cached;
    private ChipDocumentVerifier uncached;
    private int next;

    @Setup(Level.Trial)
    public void issueDocuments() {
        KeyAlgorithm algorithm = KeyAlgorithm.valueOf(chain);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TestPki pki = TestPki.generate("MA", algorithm, NOW, new SecureRandom());
        DocumentFactory factory = new DocumentFactory(new SecureRandom(), clock);
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        requests = new VerificationRequest[DOCUMENTS];
        for (int i = 0; i < DOCUMENTS; i++) {
            DocumentSpec spec = (algorithm == KeyAlgorithm.RSA ? DocumentSpec.moroccanCnie(today)
                    : DocumentSpec.moroccanPassport(today)).withDocumentNumber(String.format("BM%07d", i))
                    .withFaceSeed(i);
            Presentation presentation = factory.issue(spec, pki.documentSigner()).present(CHALLENGE);
            requests[i] = VerificationRequest.of(presentation.sod(), presentation.dataGroups())
                    .withActiveAuthentication(presentation.challenge(), presentation.aaResponse());
        }
        TrustAnchorSource trust = TrustAnchorSource.of(TrustSnapshot.of(java.util.List.of(pki.csca()),
                java.util.List.of(pki.crl())));
        cached = new ChipDocumentVerifier(trust, VerificationPolicy.strict(), clock, new ValidatedChainCache(1024));
        uncached = new ChipDocumentVerifier(trust, VerificationPolicy.strict(), clock, null);
        for (VerificationRequest request : requests) {
            for (ChipDocumentVerifier verifier : new ChipDocumentVerifier[] {cached, uncached}) {
                Verdict verdict = verifier.verify(request);
                if (verdict.reason() != VerdictReason.VERIFIED) {
                    throw new IllegalStateException("benchmark document not verified: " + verdict.findings());
                }
            }
        }
    }

    @Benchmark
    public Verdict verifyCachedChain() {
        return cached.verify(nextRequest());
    }

    @Benchmark
    public Verdict verifyUncachedChain() {
        return uncached.verify(nextRequest());
    }

    private VerificationRequest nextRequest() {
        VerificationRequest request = requests[next];
        next = (next + 1) % DOCUMENTS;
        return request;
    }
}
