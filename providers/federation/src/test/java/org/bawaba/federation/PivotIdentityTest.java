package org.bawaba.federation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PivotIdentityTest {

    @Test
    void namesAndPlacesAreComparedWithoutCaseAccentsOrSeparators() {
        assertThat(PivotIdentity.of("Aïcha", "Benani-El Idrissi", "1990-04-12", "Female", "Fès", "ma"))
                .isEqualTo(PivotIdentity.of("AICHA", "benani el  idrissi", "1990-04-12", "female", "FES", "MA"))
                .hasValueSatisfying(identity -> {
                    assertThat(identity.familyName()).isEqualTo("BENANI EL IDRISSI");
                    assertThat(identity.birthcountry()).isEqualTo("MA");
                });
        assertThat(PivotIdentity.of("Youssef", "O’Neil", "1985-11-03", "male", "Casablanca", "MA"))
                .isEqualTo(PivotIdentity.of("Youssef", "O'Neil", "1985-11-03", "male", "Casablanca", "MA"));
    }

    @Test
    void arabicNamesAreComparedWithoutVowelMarksOrHamza() {
        assertThat(PivotIdentity.of("أَمِينَة", "الإدريسي", "1990-04-12", "female", "الرباط", "MA"))
                .as("short vowels written or not").isEqualTo(PivotIdentity.of("أمينة", "الإدريسي", "1990-04-12", "female", "الرباط", "MA"));
        assertThat(PivotIdentity.of("أمينة", "الإدريسي", "1990-04-12", "female", "الرباط", "MA"))
                .as("hamza written or not").isEqualTo(PivotIdentity.of("امينة", "الادريسي", "1990-04-12", "female", "الرباط", "MA"));
        assertThat(PivotIdentity.of("أمينة", "الإدريسي", "1990-04-12", "female", "الرباط", "MA"))
                .isNotEqualTo(PivotIdentity.of("أمينة", "العلوي", "1990-04-12", "female", "الرباط", "MA"));
    }

    @Test
    void anyOtherDifferenceIsAnotherPerson() {
        var amina = PivotIdentity.of("Amina", "El Idrissi", "1990-04-12", "female", "Rabat", "MA");
        assertThat(PivotIdentity.of("Amina", "El Idrissi", "1990-04-13", "female", "Rabat", "MA")).isNotEqualTo(amina);
        assertThat(PivotIdentity.of("Amina", "El Idrissi", "1990-04-12", "female", "Salé", "MA")).isNotEqualTo(amina);
        assertThat(PivotIdentity.of("Amina", "El Idrissi", "1990-04-12", "female", "Rabat", "FR")).isNotEqualTo(amina);
    }

    @Test
    void anIncompleteIdentityMatchesNothing() {
        assertThat(PivotIdentity.of("Amina", "El Idrissi", "1990-04-12", "female", null, "MA")).isEmpty();
        assertThat(PivotIdentity.of("Amina", " ", "1990-04-12", "female", "Rabat", "MA")).isEmpty();
        assertThat(PivotIdentity.of("Amina", "El Idrissi", "1990-04-12", null, "Rabat", "MA")).isEmpty();
    }
}
