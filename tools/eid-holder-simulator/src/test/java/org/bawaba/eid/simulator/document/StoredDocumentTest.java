package org.bawaba.eid.simulator.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.jmrtd.lds.icao.DG11File;
import org.jmrtd.lds.icao.DG1File;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A holder's document survives a folder: same files, same chip key, and the spec read back from the chip. */
class StoredDocumentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static TestPki pki;
    private static DocumentFactory factory;

    @TempDir
    Path directory;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate("MA", KeyAlgorithm.BRAINPOOL, Clock.systemUTC().instant(), new SecureRandom());
        factory = new DocumentFactory(new SecureRandom(), Clock.systemUTC());
    }

    @Test
    void demoHolder_isAminaElIdrissi_cnieAB123456() throws IOException {
        DocumentSpec spec = DocumentSpec.demoHolder(TODAY);
        ChipDocument document = factory.issue(spec, pki.documentSigner());

        var mrz = new DG1File(new ByteArrayInputStream(document.dataGroup(1))).getMRZInfo();
        assertThat(spec.layout()).isEqualTo(DocumentLayout.TD1_MOROCCAN_CNIE);
        assertThat(mrz.getOptionalData1()).startsWith("AB123456");
        assertThat(mrz.getNationality()).isEqualTo("MAR");
        assertThat(mrz.getDateOfBirth()).isEqualTo("900412");
        assertThat(mrz.getDateOfExpiry()).isEqualTo(TODAY.plusYears(10).format(DateTimeFormatter.ofPattern("yyMMdd")));
        DG11File dg11 = new DG11File(new ByteArrayInputStream(document.dataGroup(11)));
        assertThat(dg11.getNameOfHolder()).isEqualTo("EL<IDRISSI<<AMINA");
        assertThat(dg11.getOtherNames()).containsExactly("الإدريسي<<أمينة");
        assertThat(dg11.getPersonalNumber()).isEqualTo("AB123456");
        assertThat(dg11.getPlaceOfBirth()).as("city, then country (ICAO 9303-10)").containsExactly("RABAT", "MAR");
        assertThat(document.activeAuthenticationChip()).get().extracting(ActiveAuthenticationChip::kind)
                .isEqualTo(ActiveAuthenticationKind.RSA_1024_SHA1);
    }

    @Test
    void forPerson_makesAnyoneACnie() {
        DocumentSpec spec = DocumentSpec.forPerson("x1234567", "ben ali", "Omar", "بن علي", "عمر",
                LocalDate.of(2001, 2, 3), 'M', "Fès", 42L);

        assertThat(spec.personalNumber()).isEqualTo("X1234567");
        assertThat(spec.documentNumber()).isEqualTo("ZX1234567");
        assertThat(spec.surname()).isEqualTo("BEN ALI");
        assertThat(spec.givenNames()).isEqualTo("OMAR");
        assertThat(spec.dateOfExpiry()).isEqualTo(TODAY.plusYears(10));
        assertThat(spec.faceSeed()).isEqualTo(42L);
        assertThatThrownBy(() -> DocumentSpec.forPerson("AB-12", "A", "B", null, null, LocalDate.of(2000, 1, 1),
                'F', null, 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTrip_sameFiles_sameKey_andTheSpecTheChipSays() throws IOException {
        DocumentSpec spec = DocumentSpec.demoHolder(TODAY);
        ChipDocument original = factory.issue(spec, pki.documentSigner());

        StoredDocument.save(original, directory);
        ChipDocument loaded = StoredDocument.load(directory);

        assertThat(loaded.sod()).isEqualTo(original.sod());
        assertThat(loaded.dataGroups()).containsOnlyKeys(original.dataGroups().keySet());
        original.dataGroups().forEach((n, bytes) -> assertThat(loaded.dataGroup(n)).isEqualTo(bytes));
        ActiveAuthenticationChip chip = loaded.activeAuthenticationChip().orElseThrow();
        assertThat(chip.kind()).isEqualTo(ActiveAuthenticationKind.RSA_1024_SHA1);
        assertThat(chip.keyPair().getPrivate().getEncoded())
                .isEqualTo(original.activeAuthenticationChip().orElseThrow().keyPair().getPrivate().getEncoded());
        assertThat(chip.keyPair().getPublic()).isEqualTo(
                original.activeAuthenticationChip().orElseThrow().keyPair().getPublic());
        assertThat(loaded.answerChallenge(new byte[8])).get(InstanceOfAssertFactories.BYTE_ARRAY).hasSize(128);

        assertThat(loaded.spec()).isEqualTo(spec.withFaceSeed(loaded.spec().faceSeed()));
        assertThat(StoredDocument.load(directory).spec()).isEqualTo(loaded.spec());
        assertThat(FaceImages.portrait(loaded.dataGroup(2))).isEqualTo(FaceImages.jpeg(spec.faceSeed()));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentLayout.class)
    void everyLayout_readsBack(DocumentLayout layout) throws IOException {
        DocumentSpec spec = switch (layout) {
            case TD1_MOROCCAN_CNIE -> DocumentSpec.moroccanCnie(TODAY);
            case TD1_ID_CARD -> DocumentSpec.idCard("D", TODAY).withActiveAuthentication(ActiveAuthenticationKind.NONE);
            case TD3_PASSPORT -> DocumentSpec.moroccanPassport(TODAY);
        };
        StoredDocument.save(factory.issue(spec, pki.documentSigner()), directory);

        ChipDocument loaded = StoredDocument.load(directory);

        assertThat(loaded.spec()).isEqualTo(spec.withFaceSeed(loaded.spec().faceSeed()));
        assertThat(loaded.activeAuthenticationChip().isPresent())
                .isEqualTo(spec.activeAuthentication() != ActiveAuthenticationKind.NONE);
    }

    @Test
    void aFolderWithoutDg1_isRefused() throws IOException {
        StoredDocument.save(factory.issue(DocumentSpec.moroccanCnie(TODAY), pki.documentSigner()), directory);
        Files.delete(directory.resolve("DG1.bin"));

        assertThatThrownBy(() -> StoredDocument.load(directory)).isInstanceOf(IOException.class)
                .hasMessageContaining("DG1.bin");
    }
}
