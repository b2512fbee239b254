package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.junit.jupiter.api.Test;

/** A cached DS chain never outlives the trust it was validated against. */
class ChainCacheTrustReloadTest {

    @Test
    void removingTheCscaOnReload_invalidatesTheCachedChain() {
        AtomicReference<TrustSnapshot> trust = new AtomicReference<>(Fixtures.trust(Fixtures.moroccoRsa()));
        ValidatedChainCache cache = new ValidatedChainCache(16);
        ChipDocumentVerifier verifier = new ChipDocumentVerifier(trust::get, VerificationPolicy.strict(),
                Fixtures.CLOCK, cache);
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.moroccanCnie(Fixtures.TODAY),
                Fixtures.moroccoRsa().documentSigner());
        VerificationRequest request = Fixtures.request(document.present(Fixtures.CHALLENGE));

        assertThat(verifier.verify(request).reason()).isEqualTo(VerdictReason.VERIFIED);
        assertThat(verifier.verify(request).findings(Check.DS_CHAIN).get(0).detail()).contains("cached");

        trust.set(TrustSnapshot.of(List.of(), List.of()));
        assertThat(verifier.verify(request).reason()).isEqualTo(VerdictReason.DS_CHAIN_UNTRUSTED);

        trust.set(TrustSnapshot.of(List.of(Fixtures.moroccoRsa().csca()), List.of()));
        Verdict again = verifier.verify(request);
        assertThat(again.reason()).isEqualTo(VerdictReason.VERIFIED);
        assertThat(again.findings(Check.DS_CHAIN).get(0).detail()).isEqualTo("chain validated");
        assertThat(cache.size()).isEqualTo(1);
    }

    /** TrustAnchorSource.of over different snapshots, one cache: each snapshot is its own generation. */
    @Test
    void verifiersOverDifferentSnapshots_neverShareACachedChain() {
        var pki = Fixtures.moroccoRsa();
        ValidatedChainCache cache = new ValidatedChainCache(16);
        TrustSnapshot trusting = TrustSnapshot.of(List.of(pki.csca()), List.of());
        TrustSnapshot empty = TrustSnapshot.empty();
        TrustSnapshot rogue = TrustSnapshot.of(List.of(pki.rogueCsca()), List.of());
        VerificationRequest request = Fixtures.request(Fixtures.factory().issue(
                DocumentSpec.moroccanCnie(Fixtures.TODAY), pki.documentSigner()).present(Fixtures.CHALLENGE));

        assertThat(List.of(trusting.generation(), empty.generation(), rogue.generation())).doesNotHaveDuplicates();
        assertThat(verifierOver(trusting, cache).verify(request).reason()).isEqualTo(VerdictReason.VERIFIED);
        assertThat(verifierOver(empty, cache).verify(request).reason()).isEqualTo(VerdictReason.DS_CHAIN_UNTRUSTED);
        assertThat(verifierOver(trusting, cache).verify(request).reason()).isEqualTo(VerdictReason.VERIFIED);
        assertThat(verifierOver(rogue, cache).verify(request).reason()).isEqualTo(VerdictReason.DS_CHAIN_UNTRUSTED);
    }

    private static ChipDocumentVerifier verifierOver(TrustSnapshot snapshot, ValidatedChainCache cache) {
        return new ChipDocumentVerifier(TrustAnchorSource.of(snapshot), VerificationPolicy.strict(), Fixtures.CLOCK,
                cache);
    }

    @Test
    void aCrlAddedOnReload_revokesACachedSigner() {
        var pki = Fixtures.moroccoRsa();
        AtomicReference<TrustSnapshot> trust = new AtomicReference<>(TrustSnapshot.of(List.of(pki.csca()),
                List.of()));
        ChipDocumentVerifier verifier = new ChipDocumentVerifier(trust::get, VerificationPolicy.strict(),
                Fixtures.CLOCK, new ValidatedChainCache(16));
        VerificationRequest request = Fixtures.request(Fixtures.factory().issue(
                DocumentSpec.moroccanCnie(Fixtures.TODAY), pki.revokedDocumentSigner()).present(Fixtures.CHALLENGE));

        assertThat(verifier.verify(request).reason()).isEqualTo(VerdictReason.VERIFIED);
        trust.set(TrustSnapshot.of(List.of(pki.csca()), List.of(pki.crl())));
        assertThat(verifier.verify(request).reason()).isEqualTo(VerdictReason.DS_REVOKED);
    }
}
