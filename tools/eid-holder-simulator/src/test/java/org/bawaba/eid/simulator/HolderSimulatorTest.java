package org.bawaba.eid.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.bawaba.eid.simulator.cli.HolderSimulatorCli;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.DG11File;
import org.jmrtd.lds.icao.DG1File;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents come out in the real format (JMRTD reads them back) and the CLI round-trips through files. */
class HolderSimulatorTest {

    @TempDir
    Path directory;

    @Test
    void moroccanCnie_isTd1_withTheCnieNumberInOptionalData1_andArabicNamesInDg11() throws Exception {
        TestPki pki = TestPki.generate("MA", KeyAlgorithm.BRAINPOOL, Clock.systemUTC().instant(), new SecureRandom());
        ChipDocument document = new DocumentFactory(new SecureRandom(), Clock.systemUTC())
                .issue(DocumentSpec.moroccanCnie(LocalDate.now(ZoneOffset.UTC)), pki.documentSigner());

        var mrz = new DG1File(new ByteArrayInputStream(document.dataGroup(1))).getMRZInfo();
        assertThat(mrz.getDocumentCode()).isEqualTo("ID");
        assertThat(mrz.getIssuingState()).isEqualTo("MAR");
        assertThat(mrz.getOptionalData1()).startsWith("BE123456");
        assertThat(new String(document.dataGroup(1), StandardCharsets.US_ASCII)).contains("IDMARZT1234567");

        DG11File dg11 = new DG11File(new ByteArrayInputStream(document.dataGroup(11)));
        assertThat(dg11.getOtherNames()).containsExactly("العلوي<<فاطمة الزهراء");
        assertThat(dg11.getNameOfHolder()).isEqualTo("EL<ALAOUI<<FATIMA<ZAHRA");

        SODFile sod = new SODFile(new ByteArrayInputStream(document.sod()));
        assertThat(sod.getDataGroupHashes().keySet()).containsExactlyInAnyOrder(1, 2, 11, 14, 15);
        assertThat(sod.getDocSigningCertificate()).isEqualTo(pki.documentSigner().certificate());
    }

    @Test
    void cli_pki_document_answer_forge() throws Exception {
        Path pki = directory.resolve("pki");
        Path doc = directory.resolve("doc");
        Path forged = directory.resolve("forged");
        assertThat(run("pki", "--out", pki.toString(), "--algorithm", "brainpool")).isZero();
        assertThat(pki.resolve("trust/csca-MA.der")).exists();
        assertThat(run("document", "--pki", pki.toString(), "--out", doc.toString(), "--aa", "rsa1024")).isZero();
        assertThat(doc.resolve("EF_SOD.bin")).exists();
        assertThat(doc.resolve("DG15.bin")).exists();

        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        assertThat(HolderSimulatorCli.run(new String[] {"answer", "--document", doc.toString(), "--challenge",
                "0102030405060708"}, new PrintStream(answer), System.err)).isZero();
        assertThat(answer.toString().trim()).hasSize(256);

        assertThat(run("forge", "--pki", pki.toString(), "--out", forged.toString())).isZero();
        for (ForgedVariant variant : ForgedVariant.values()) {
            assertThat(forged.resolve(variant.name().toLowerCase(java.util.Locale.ROOT)).resolve("EF_SOD.bin"))
                    .exists();
        }
        assertThat(Files.readString(forged.resolve("replayed_aa_answer/challenge.hex")).trim())
                .isEqualTo("0102030405060708");
        assertThat(run("bogus")).isEqualTo(2);
    }

    private static int run(String... args) {
        return HolderSimulatorCli.run(args, new PrintStream(new ByteArrayOutputStream()), System.err);
    }
}
