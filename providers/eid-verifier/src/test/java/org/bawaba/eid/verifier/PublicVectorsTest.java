package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.bawaba.eid.verifier.sod.SecurityObject;
import org.bawaba.eid.verifier.sod.SecurityObjectReader;
import org.bawaba.eid.verifier.trust.TrustMaterial;
import org.bawaba.eid.verifier.trust.TrustMaterialLoader;
import org.junit.jupiter.api.Test;

/** The results ../shared/eid-vectors/README.md states for its public vectors. */
class PublicVectorsTest {

    private static final Path VECTORS = Fixtures.vectors();

    private static TrustSnapshot cscaDirectory() {
        TrustMaterial material = TrustMaterialLoader.loadDirectory(VECTORS.resolve("csca"));
        return TrustSnapshot.of(material.certificates(), material.crls());
    }

    private static Verdict verify(String folder, VerificationPolicy policy, String sodFile,
            Map<Integer, String> files) throws IOException {
        Map<Integer, byte[]> groups = new TreeMap<>();
        for (Map.Entry<Integer, String> e : files.entrySet()) {
            groups.put(e.getKey(), Files.readAllBytes(VECTORS.resolve(folder).resolve(e.getValue())));
        }
        byte[] sod = Files.readAllBytes(VECTORS.resolve(folder).resolve(sodFile));
        return new ChipDocumentVerifier(TrustAnchorSource.of(cscaDirectory()), policy,
                Clock.system(ZoneOffset.UTC), new ValidatedChainCache(8)).verify(VerificationRequest.of(sod, groups));
    }

    @Test
    void bsi2008_sodParses_dg1_2_3_14_match_dg4_and_dg15_are_not_covered() throws IOException {
        Verdict verdict = verify("jmrtd-bsi2008", VerificationPolicy.strict(), "EF_SOD.bin", Map.of(
                1, "Datagroup1.bin", 2, "Datagroup2.bin", 3, "Datagroup3.bin", 4, "Datagroup4.bin",
                14, "Datagroup14.bin", 15, "Datagroup15.bin"));

        assertThat(verdict.findings(Check.SOD_STRUCTURE)).allMatch(Finding::passed);
        for (int dg : new int[] {1, 2, 3, 14}) {
            assertThat(verdict.dataGroupHash(dg)).hasValueSatisfying(f -> assertThat(f.passed()).isTrue());
        }
        for (int dg : new int[] {4, 15}) {
            assertThat(verdict.dataGroupHash(dg)).hasValueSatisfying(f -> {
                assertThat(f.passed()).isFalse();
                assertThat(f.reason()).isEqualTo(VerdictReason.DG_NOT_IN_SOD);
            });
        }
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.identity()).isEmpty();
    }

    @Test
    void bsiTr03105_pssSignatureValid_hashesMatch_chainUntrusted() throws IOException {
        Verdict verdict = verify("bsi-tr03105", VerificationPolicy.strict(), "EF_SOD.bin",
                Map.of(1, "DG1.bin", 14, "DG14.bin"));

        assertThat(verdict.findings(Check.SOD_SIGNATURE)).singleElement().matches(Finding::passed);
        assertThat(verdict.dataGroupHash(1)).hasValueSatisfying(f -> assertThat(f.passed()).isTrue());
        assertThat(verdict.dataGroupHash(14)).hasValueSatisfying(f -> assertThat(f.passed()).isTrue());
        assertThat(verdict.reason()).isEqualTo(VerdictReason.DS_CHAIN_UNTRUSTED);
    }

    @Test
    void etsi_atSigningDate_chainsToEtsiCs() throws IOException {
        Verdict verdict = verify("etsi-tr103200", VerificationPolicy.strict()
                .with(VerificationPolicy.ValidationTime.SIGNING_TIME), "EF_SOD.bin",
                Map.of(1, "DG1.bin", 14, "DG14.bin", 15, "DG15.bin"));

        assertThat(verdict.findings(Check.SOD_SIGNATURE)).singleElement().matches(Finding::passed);
        for (int dg : new int[] {1, 14, 15}) {
            assertThat(verdict.dataGroupHash(dg)).hasValueSatisfying(f -> assertThat(f.passed()).isTrue());
        }
        assertThat(verdict.findings(Check.DS_CHAIN)).singleElement().matches(Finding::passed);
        assertThat(verdict.validationTime().toString()).startsWith("2011-06-12");
        assertThat(verdict.findings(Check.MRZ_CHECK_DIGITS)).singleElement().matches(Finding::passed);
        assertThat(verdict.findings(Check.DOCUMENT_EXPIRY)).singleElement().matches(Finding::passed);
        // The vector has no DG2 and no AA answer: still rejected, but only for that.
        assertThat(verdict.failureReasons()).containsExactlyInAnyOrder(VerdictReason.MANDATORY_DG_MISSING,
                VerdictReason.AA_RESPONSE_MISSING);
    }

    @Test
    void etsi_now_dsCertificateExpired() throws IOException {
        Verdict verdict = verify("etsi-tr103200", VerificationPolicy.strict(), "EF_SOD.bin",
                Map.of(1, "DG1.bin", 14, "DG14.bin", 15, "DG15.bin"));

        assertThat(verdict.reason()).isEqualTo(VerdictReason.DS_CERTIFICATE_EXPIRED);
        assertThat(verdict.findings(Check.SOD_SIGNATURE)).singleElement().matches(Finding::passed);
    }

    @Test
    void etsi_sodHasNoSigningTime_so_signingTimeModeUsesDsNotBefore() throws Exception {
        SecurityObject sod = SecurityObjectReader.read(
                Files.readAllBytes(VECTORS.resolve("etsi-tr103200/EF_SOD.bin")));
        assertThat(sod.signingTime()).isEmpty();
        assertThat(sod.documentSigner()).isPresent();
    }

    @Test
    void cscaDirectory_loadsTheThreeCscas_ignoresDsCertificates_andTheCrlOfAnAbsentCsca() {
        TrustSnapshot snapshot = cscaDirectory();
        assertThat(snapshot.cscaCertificates()).hasSize(3);
        assertThat(snapshot.crlCount()).isZero();
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("not a CA certificate"))
                .anyMatch(w -> w.startsWith("CRL not signed by a trusted CSCA"));
    }

    @Test
    void masterListPem_loads720CertificatesOf121States_7Moroccan() throws Exception {
        var certificates = TrustMaterialLoader.readCertificates(Files.readAllBytes(VECTORS.resolve("masterList.pem")));
        assertThat(certificates).hasSize(720);
        assertThat(certificates.stream().map(c -> org.bawaba.eid.verifier.pki.DocumentSignerValidator
                .country(c.getSubjectX500Principal())).filter(java.util.Objects::nonNull).distinct()).hasSize(121);
        assertThat(certificates).filteredOn(c -> c.getSubjectX500Principal().getName().contains("CN=CSCA-MAROC"))
                .hasSize(7);
        TrustSnapshot snapshot = TrustSnapshot.of(certificates, java.util.List.of());
        assertThat(snapshot.cscaCertificates()).hasSizeGreaterThan(700);
    }
}
