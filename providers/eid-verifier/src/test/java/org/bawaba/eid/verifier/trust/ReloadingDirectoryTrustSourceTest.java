package org.bawaba.eid.verifier.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bawaba.eid.simulator.pki.BouncyCastle;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directory + master-list loading and reloading without a restart. */
class ReloadingDirectoryTrustSourceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static TestPki morocco;
    private static TestPki france;

    @TempDir
    Path directory;

    @BeforeAll
    static void pkis() {
        // EC keeps key generation fast; the loader is algorithm-agnostic.
        morocco = TestPki.generate("MA", KeyAlgorithm.BRAINPOOL, NOW, new SecureRandom());
        france = TestPki.generate("FR", KeyAlgorithm.BRAINPOOL, NOW, new SecureRandom());
    }

    @Test
    void loadsDerPemAndCrls_andReloadsWhenTheDirectoryChanges() throws Exception {
        Files.write(directory.resolve("csca-ma.der"), morocco.csca().getEncoded());
        Files.write(directory.resolve("ma.crl"), morocco.crl().getEncoded());
        Files.write(directory.resolve("ds-ma.cer"), morocco.documentSigner().certificate().getEncoded());
        AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }
        };
        ReloadingDirectoryTrustSource source = new ReloadingDirectoryTrustSource(directory, Duration.ofSeconds(30),
                clock);
        TrustSnapshot first = source.snapshot();
        assertThat(first.cscaCertificates()).hasSize(1);
        assertThat(first.crlCount()).isEqualTo(1);
        assertThat(first.isRevoked(morocco.csca().getSubjectX500Principal(),
                morocco.revokedDocumentSigner().certificate().getSerialNumber())).isTrue();

        Path pem = directory.resolve("csca-fr.pem");
        Files.writeString(pem, pem(france.csca().getEncoded()));
        assertThat(source.snapshot()).as("within the check interval").isSameAs(first);

        millis.addAndGet(31_000);
        TrustSnapshot second = source.snapshot();
        assertThat(second.generation()).isGreaterThan(first.generation());
        assertThat(second.cscaCertificates()).hasSize(2);

        millis.addAndGet(31_000);
        assertThat(source.snapshot()).as("unchanged directory").isSameAs(second);

        Files.delete(directory.resolve("ma.crl"));
        Files.setLastModifiedTime(pem, FileTime.from(NOW));
        millis.addAndGet(31_000);
        TrustSnapshot third = source.snapshot();
        assertThat(third.generation()).isGreaterThan(second.generation());
        assertThat(third.crlCount()).isZero();
    }

    @Test
    void readsAnIcaoCmsMasterList() throws Exception {
        Files.write(directory.resolve("test.ml"), masterList(List.of(morocco, france)));
        TrustMaterial material = TrustMaterialLoader.loadDirectory(directory);
        assertThat(material.warnings()).isEmpty();
        assertThat(material.certificates()).containsExactlyInAnyOrder(morocco.csca(), france.csca());
    }

    @Test
    void aCorruptFile_isSkipped_theRestLoads() throws Exception {
        Files.write(directory.resolve("a-broken.der"), new byte[] {0x30, 0x03, 0x01});
        Files.write(directory.resolve("b-csca.der"), morocco.csca().getEncoded());
        TrustMaterial material = TrustMaterialLoader.loadDirectory(directory);
        assertThat(material.certificates()).hasSize(1);
        assertThat(material.warnings()).singleElement().asString().contains("a-broken.der");
    }

    /** A CSCA master list as ICAO publishes it: CMS SignedData over CscaMasterList, signed here by a test key. */
    private static byte[] masterList(List<TestPki> countries) throws Exception {
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (TestPki pki : countries) {
            certificates.add(org.bouncycastle.asn1.x509.Certificate.getInstance(pki.csca().getEncoded()));
        }
        byte[] content = new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {new ASN1Integer(0),
                new DERSet(certificates)}).getEncoded(ASN1Encoding.DER);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        var signer = morocco.documentSigner();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .setProvider(BouncyCastle.provider()).build()).build(new JcaContentSignerBuilder("SHA256withECDSA")
                .setProvider(BouncyCastle.provider()).build(signer.privateKey()), signer.certificate()));
        generator.addCertificate(new JcaX509CertificateHolder(signer.certificate()));
        return generator.generate(new CMSProcessableByteArray(ICAOObjectIdentifiers.id_icao_cscaMasterList,
                content), true).getEncoded();
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
