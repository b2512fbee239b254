package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.bawaba.eid.verifier.trust.TrustMaterial;
import org.bawaba.eid.verifier.trust.TrustMaterialLoader;
import org.junit.jupiter.api.Test;

/**
 * Bytes of EF.SOD that no signature covers (see SecurityObjectReader) cannot be changed: an altered EF.SOD is
 * refused even where its signature, chain and hashes still hold.
 */
class UnsignedSodBytesTest {

    /** Tags an empty value can carry instead of NULL's 0x05: OCTET STRING, UTF8String, SEQUENCE, SET, [0]. */
    private static final byte[] OTHER_EMPTY_TAGS = {0x04, 0x0C, 0x30, 0x31, (byte) 0x80, (byte) 0xA0};

    /** The real PSS-signed vector: NULLs in the SignerInfo's digest algorithm and PSS parameters, unsigned. */
    @Test
    void theTagOfNoNullParameter_canBeChanged_inTheEtsiVectorsPssSignerInfo() throws Exception {
        Path folder = Fixtures.vectors().resolve("etsi-tr103200");
        byte[] sod = Files.readAllBytes(folder.resolve("EF_SOD.bin"));
        Map<Integer, byte[]> groups = new TreeMap<>(Map.of(1, Files.readAllBytes(folder.resolve("DG1.bin")),
                14, Files.readAllBytes(folder.resolve("DG14.bin")), 15, Files.readAllBytes(folder.resolve("DG15.bin"))));
        TrustMaterial material = TrustMaterialLoader.loadDirectory(Fixtures.vectors().resolve("csca"));
        ChipDocumentVerifier verifier = new ChipDocumentVerifier(
                TrustAnchorSource.of(TrustSnapshot.of(material.certificates(), material.crls())),
                VerificationPolicy.strict().with(VerificationPolicy.ValidationTime.SIGNING_TIME), Fixtures.CLOCK,
                new ValidatedChainCache(8));
        // As PublicVectorsTest states: everything passes but the absent DG2 and AA answer.
        assertThat(verifier.verify(VerificationRequest.of(sod, groups)).failureReasons())
                .containsExactlyInAnyOrder(VerdictReason.MANDATORY_DG_MISSING, VerdictReason.AA_RESPONSE_MISSING);

        List<Integer> nulls = nullOffsets(sod);
        assertThat(nulls).hasSizeGreaterThanOrEqualTo(3);
        List<String> unnoticed = new ArrayList<>();
        for (int offset : nulls) {
            for (byte tag : OTHER_EMPTY_TAGS) {
                byte[] altered = sod.clone();
                altered[offset] = tag;
                Verdict verdict = verifier.verify(VerificationRequest.of(altered, groups));
                if (!verdict.failureReasons().contains(VerdictReason.MALFORMED_INPUT)
                        && !verdict.failureReasons().contains(VerdictReason.SOD_SIGNATURE_INVALID)
                        && !verdict.failureReasons().contains(VerdictReason.DS_CHAIN_UNTRUSTED)) {
                    unnoticed.add(String.format("NULL at %d retagged %02x", offset, tag));
                }
            }
        }
        assertThat(unnoticed).as("alterations of EF.SOD that went unnoticed").isEmpty();
    }

    @Test
    void aLongerThanNeededLengthOfTheEfSodWrapper_isRefused() {
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.moroccanCnie(Fixtures.TODAY),
                Fixtures.moroccoRsa().documentSigner());
        byte[] sod = document.sod();
        assertThat(sod[1]).isEqualTo((byte) 0x82);
        byte[] altered = new byte[sod.length + 1];
        altered[0] = 0x77;
        altered[1] = (byte) 0x83;
        altered[2] = 0;
        System.arraycopy(sod, 2, altered, 3, sod.length - 2);

        Verdict verdict = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict())
                .verify(VerificationRequest.of(altered, document.dataGroups())
                        .withActiveAuthentication(Fixtures.CHALLENGE, document.answerChallenge(Fixtures.CHALLENGE)
                                .orElseThrow()));

        assertThat(verdict.reason()).isEqualTo(VerdictReason.MALFORMED_INPUT);
        assertThat(verdict.findings(Check.SOD_STRUCTURE)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("not DER"));
    }

    /** Offsets of every 05 00 (an encoded NULL) in the DER. */
    private static List<Integer> nullOffsets(byte[] der) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i + 1 < der.length; i++) {
            if (der[i] == 0x05 && der[i + 1] == 0x00) {
                offsets.add(i);
            }
        }
        return offsets;
    }
}
