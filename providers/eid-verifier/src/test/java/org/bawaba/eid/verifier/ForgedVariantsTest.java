package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;

import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.forgery.Forger;
import org.bawaba.eid.simulator.pki.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every forged variant the simulator emits is rejected, each with its own reason. */
class ForgedVariantsTest {

    static final Map<ForgedVariant, VerdictReason> EXPECTED = new EnumMap<>(Map.of(
            ForgedVariant.SUBSTITUTED_DATA_GROUP, VerdictReason.DG_HASH_MISMATCH,
            ForgedVariant.FLIPPED_SOD_BYTE, VerdictReason.SOD_SIGNATURE_INVALID,
            ForgedVariant.WRONG_CSCA, VerdictReason.DS_CHAIN_UNTRUSTED,
            ForgedVariant.REVOKED_DOCUMENT_SIGNER, VerdictReason.DS_REVOKED,
            ForgedVariant.EXPIRED_DOCUMENT, VerdictReason.DOCUMENT_EXPIRED,
            ForgedVariant.REPLAYED_AA_ANSWER, VerdictReason.AA_FAILED,
            ForgedVariant.DATA_GROUP_NOT_IN_SOD, VerdictReason.DG_NOT_IN_SOD,
            ForgedVariant.MISMATCHED_ISSUING_STATE, VerdictReason.ISSUING_STATE_MISMATCH,
            ForgedVariant.TAMPERED_CHECK_DIGIT, VerdictReason.MRZ_CHECK_DIGIT_INVALID));

    @Test
    void everyVariantHasItsOwnReason() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(ForgedVariant.values());
        assertThat(new HashSet<>(EXPECTED.values())).hasSameSizeAs(ForgedVariant.values());
    }

    @ParameterizedTest
    @EnumSource(ForgedVariant.class)
    void moroccanCnie_rsaChain(ForgedVariant variant) {
        assertRejected(variant, Fixtures.moroccoRsa(), DocumentSpec.moroccanCnie(Fixtures.TODAY));
    }

    @ParameterizedTest
    @EnumSource(ForgedVariant.class)
    void passport_brainpoolChain(ForgedVariant variant) {
        assertRejected(variant, Fixtures.moroccoBrainpool(), DocumentSpec.moroccanPassport(Fixtures.TODAY));
    }

    private static void assertRejected(ForgedVariant variant, TestPki pki, DocumentSpec spec) {
        Presentation forged = new Forger(pki, Fixtures.factory(), new SecureRandom())
                .forge(variant, spec, Fixtures.CHALLENGE, Fixtures.TODAY);

        Verdict verdict = Fixtures.verifier(Fixtures.trust(pki), VerificationPolicy.strict())
                .verify(Fixtures.request(forged));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).as(verdict.findings().toString()).isEqualTo(EXPECTED.get(variant));
        assertThat(verdict.identity()).isEmpty();
    }
}
