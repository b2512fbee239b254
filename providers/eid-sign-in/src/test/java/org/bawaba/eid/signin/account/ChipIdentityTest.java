package org.bawaba.eid.signin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bawaba.eid.verifier.identity.DocumentType;
import org.bawaba.eid.verifier.identity.ExtractedIdentity;
import org.junit.jupiter.api.Test;

class ChipIdentityTest {

    private static ExtractedIdentity document(String state, String personalNumber, String latin, String arabic,
            List<String> placeOfBirth, String sex) {
        return new ExtractedIdentity(DocumentType.ID_CARD, "ID", state, "ZT1234567", "EL ALAOUI", "FATIMA ZAHRA",
                state, LocalDate.of(1990, 1, 15), sex, LocalDate.of(2036, 1, 1), personalNumber, null, null, latin,
                arabic, List.of(), null, placeOfBirth, null);
    }

    @Test
    void aMoroccanCardGivesTheNationalIdentifierAndThePivotIdentityInBothScripts() {
        ChipIdentity identity = ChipIdentity.of(document("MAR", "be123456", "EL ALAOUI<<FATIMA<ZAHRA",
                "العلوي<<فاطمة الزهراء", List.of("RABAT", "MAR"), "F"));

        assertThat(identity.username()).isEqualTo("be123456");
        assertThat(identity.attributes()).containsEntry("national_id", "BE123456")
                .containsEntry("lastName", "EL ALAOUI").containsEntry("firstName", "FATIMA ZAHRA")
                .containsEntry("family_name_ar", "العلوي").containsEntry("given_name_ar", "فاطمة الزهراء")
                .containsEntry("birthdate", "1990-01-15").containsEntry("gender", "female")
                .containsEntry("birthplace", "RABAT").containsEntry("birthcountry", "MA");
        assertThat(ChipIdentity.fromJson(identity.toJson())).isEqualTo(identity);
        assertThat(identity.toString()).doesNotContain("ALAOUI", "BE123456");
    }

    @Test
    void aForeignDocumentIsKnownByItsStateAndNumberAndClaimsNoMoroccanIdentifier() {
        ChipIdentity identity = ChipIdentity.of(document("D", "L01X00T47", null, null, List.of("BERLIN"), "<"));

        assertThat(identity.username()).isEqualTo("d-zt1234567");
        assertThat(identity.attributes()).doesNotContainKeys("national_id", "birthcountry", "gender",
                "given_name_ar");
        assertThat(identity.attributes()).containsEntry("lastName", "EL ALAOUI").containsEntry("birthplace", "BERLIN");
    }
}
