package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.bawaba.eid.simulator.document.ActiveAuthenticationKind;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.eid.verifier.identity.DocumentType;
import org.bawaba.eid.verifier.identity.ExtractedIdentity;
import org.junit.jupiter.api.Test;

/** Genuine synthetic documents are accepted, with the right assurance and the identity they carry. */
class GenuineDocumentTest {

    @Test
    void moroccanCnie_withRsaAa_isVerified_andItsIdentityExtracted() {
        DocumentSpec spec = DocumentSpec.moroccanCnie(Fixtures.TODAY);
        ChipDocument document = Fixtures.factory().issue(spec, Fixtures.moroccoRsa().documentSigner());

        Verdict verdict = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict())
                .verify(Fixtures.request(document.present(Fixtures.CHALLENGE)));

        assertThat(verdict.reason()).as(verdict.findings().toString()).isEqualTo(VerdictReason.VERIFIED);
        assertThat(verdict.assurance()).isEqualTo(Assurance.CHIP_AUTHENTICATED);
        ExtractedIdentity id = verdict.identity().orElseThrow();
        assertThat(id.documentType()).isEqualTo(DocumentType.ID_CARD);
        assertThat(id.documentCode()).isEqualTo("ID");
        assertThat(id.issuingState()).isEqualTo("MAR");
        assertThat(id.documentNumber()).isEqualTo("ZT1234567");
        assertThat(id.primaryIdentifier()).isEqualTo("EL ALAOUI");
        assertThat(id.secondaryIdentifier()).isEqualTo("FATIMA ZAHRA");
        assertThat(id.nationality()).isEqualTo("MAR");
        assertThat(id.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 15));
        assertThat(id.sex()).isEqualTo("F");
        assertThat(id.dateOfExpiry()).isEqualTo(Fixtures.TODAY.plusYears(10));
        assertThat(id.personalNumber()).isEqualTo("BE123456");
        assertThat(id.optionalData1()).isEqualTo("BE123456");
        assertThat(id.fullNameLatin()).isEqualTo("EL<ALAOUI<<FATIMA<ZAHRA");
        assertThat(id.fullNameArabic()).isEqualTo("العلوي<<فاطمة الزهراء");
        assertThat(id.placeOfBirth()).containsExactly("RABAT", "MAR");
        assertThat(id.faceImage().mimeType()).isEqualTo("image/jpeg");
        assertThat(id.faceImage().bytes()).isEqualTo(FaceImages.jpeg(spec.faceSeed()));
        assertThat(id.toString()).doesNotContain("ALAOUI", "BE123456");
    }

    @Test
    void passport_withEcdsaAa_underBrainpoolChain_isVerified() {
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.moroccanPassport(Fixtures.TODAY),
                Fixtures.moroccoBrainpool().documentSigner());

        Verdict verdict = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoBrainpool()), VerificationPolicy.strict())
                .verify(Fixtures.request(document.present(Fixtures.CHALLENGE)));

        assertThat(verdict.reason()).as(verdict.findings().toString()).isEqualTo(VerdictReason.VERIFIED);
        ExtractedIdentity id = verdict.identity().orElseThrow();
        assertThat(id.documentType()).isEqualTo(DocumentType.PASSPORT);
        assertThat(id.personalNumber()).isEqualTo("BK654321");
        assertThat(id.fullNameArabic()).isEqualTo("بناني<<يوسف");
    }

    @Test
    void idCard_withRsa2048Sha256Aa_isVerified() {
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.idCard("MAR", Fixtures.TODAY),
                Fixtures.moroccoRsa().documentSigner());

        Verdict verdict = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict())
                .verify(Fixtures.request(document.present(Fixtures.CHALLENGE)));

        assertThat(verdict.reason()).as(verdict.findings().toString()).isEqualTo(VerdictReason.VERIFIED);
        assertThat(verdict.identity().orElseThrow().fullNameArabic()).isNull();
    }

    @Test
    void chipWithoutAa_isAcceptedAtLowerAssurance_orRejected_perPolicy() {
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.moroccanCnie(Fixtures.TODAY)
                .withActiveAuthentication(ActiveAuthenticationKind.NONE), Fixtures.moroccoRsa().documentSigner());
        VerificationRequest request = Fixtures.request(document.present(null));

        Verdict lenient = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict()
                .with(VerificationPolicy.NoActiveAuthentication.ACCEPT_AT_LOWER_ASSURANCE)).verify(request);
        Verdict strict = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict())
                .verify(request);

        assertThat(lenient.reason()).isEqualTo(VerdictReason.VERIFIED_WITHOUT_ACTIVE_AUTHENTICATION);
        assertThat(lenient.assurance()).isEqualTo(Assurance.DATA_AUTHENTICATED);
        assertThat(lenient.identity()).isPresent();
        assertThat(strict.reason()).isEqualTo(VerdictReason.AA_MISSING);
        assertThat(strict.identity()).isEmpty();
    }

    @Test
    void chipWithAa_butDg15AndAnswerWithheld_isRejectedEvenByTheLenientPolicy() {
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.moroccanCnie(Fixtures.TODAY),
                Fixtures.moroccoRsa().documentSigner());
        var groups = document.dataGroups();
        groups.remove(15);

        Verdict verdict = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict()
                .with(VerificationPolicy.NoActiveAuthentication.ACCEPT_AT_LOWER_ASSURANCE))
                .verify(VerificationRequest.of(document.sod(), groups));

        assertThat(verdict.reason()).isEqualTo(VerdictReason.AA_RESPONSE_MISSING);
    }

    @Test
    void signingTimeMode_usesTheSodSigningTime() {
        ChipDocument document = Fixtures.factory().issue(DocumentSpec.moroccanCnie(Fixtures.TODAY),
                Fixtures.moroccoRsa().documentSigner());

        Verdict verdict = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict()
                .with(VerificationPolicy.ValidationTime.SIGNING_TIME))
                .verify(Fixtures.request(document.present(Fixtures.CHALLENGE)));

        assertThat(verdict.reason()).isEqualTo(VerdictReason.VERIFIED);
        assertThat(verdict.validationTime()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void secondVerificationOfTheSameSigner_usesTheCachedChain() {
        var verifier = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict());
        var factory = Fixtures.factory();
        DocumentSpec spec = DocumentSpec.moroccanCnie(Fixtures.TODAY);
        Verdict first = verifier.verify(Fixtures.request(factory.issue(spec, Fixtures.moroccoRsa().documentSigner())
                .present(Fixtures.CHALLENGE)));
        Verdict second = verifier.verify(Fixtures.request(factory.issue(spec.withDocumentNumber("ZT7654321"),
                Fixtures.moroccoRsa().documentSigner()).present(Fixtures.CHALLENGE)));

        assertThat(first.findings(Check.DS_CHAIN)).singleElement().extracting(Finding::detail)
                .isEqualTo("chain validated");
        assertThat(second.findings(Check.DS_CHAIN)).singleElement().extracting(Finding::detail)
                .isEqualTo("chain validated (cached)");
        assertThat(second.reason()).isEqualTo(VerdictReason.VERIFIED);
    }
}
