package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.junit.jupiter.api.Test;

/** A DS certificate outside its validity says on which side: not yet valid is not expired. */
class DocumentSignerValidityTest {

    private static Verdict verifyAt(Instant at) {
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.moroccanCnie(Fixtures.TODAY),
                Fixtures.moroccoRsa().documentSigner());
        return new ChipDocumentVerifier(TrustAnchorSource.of(Fixtures.trust(Fixtures.moroccoRsa())),
                VerificationPolicy.strict(), Clock.fixed(at, ZoneOffset.UTC), null)
                .verify(Fixtures.request(document.present(Fixtures.CHALLENGE)));
    }

    @Test
    void beforeTheDsNotBefore_isNotYetValid_notExpired() {
        Instant notBefore = Fixtures.moroccoRsa().documentSigner().certificate().getNotBefore().toInstant();
        // The CSCA is already valid then: only the DS certificate is early.
        assertThat(Fixtures.moroccoRsa().csca().getNotBefore().toInstant()).isBefore(notBefore.minus(Duration.ofDays(1)));

        Verdict verdict = verifyAt(notBefore.minus(Duration.ofDays(1)));

        assertThat(verdict.reason()).as(verdict.findings().toString())
                .isEqualTo(VerdictReason.DS_CERTIFICATE_NOT_YET_VALID);
        assertThat(verdict.failureReasons()).doesNotContain(VerdictReason.DS_CERTIFICATE_EXPIRED);
        assertThat(verdict.findings(Check.DS_CHAIN)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("not valid before"));
    }

    @Test
    void afterTheDsNotAfter_isExpired() {
        Instant notAfter = Fixtures.moroccoRsa().documentSigner().certificate().getNotAfter().toInstant();

        Verdict verdict = verifyAt(notAfter.plus(Duration.ofDays(1)));

        assertThat(verdict.reason()).as(verdict.findings().toString())
                .isEqualTo(VerdictReason.DS_CERTIFICATE_EXPIRED);
        assertThat(verdict.failureReasons()).doesNotContain(VerdictReason.DS_CERTIFICATE_NOT_YET_VALID);
    }
}
