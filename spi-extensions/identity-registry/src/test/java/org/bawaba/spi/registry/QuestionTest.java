package org.bawaba.spi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QuestionTest {

    @Test
    void bankTransferIsAskedTheBankAccountAndPostalOrderTheCivilStatusNumber() {
        assertThat(Question.askedOf(IdentifierKind.EMPLOYER_ID, PaymentMode.BANK_TRANSFER))
                .containsExactly(Question.BANK_ACCOUNT_LAST8);
        assertThat(Question.askedOf(IdentifierKind.EMPLOYER_ID, PaymentMode.POSTAL_ORDER))
                .containsExactly(Question.CIVIL_STATUS_NUMBER);
        assertThat(Question.askedOf(IdentifierKind.REGISTRATION_NUMBER, PaymentMode.BANK_TRANSFER))
                .containsExactly(Question.EMPLOYER_ID, Question.BANK_ACCOUNT_LAST8);
    }

    @Test
    void bankAccountAnswerIsExactlyEightDigitsWhateverTheSeparators() {
        assertThat(Question.BANK_ACCOUNT_LAST8.normalize(" 1234 5678 ")).isEqualTo("12345678");
        assertThat(Question.BANK_ACCOUNT_LAST8.normalize("1234-56.78")).isEqualTo("12345678");
        assertThat(Question.BANK_ACCOUNT_LAST8.normalize("1234567")).isNull();
        assertThat(Question.BANK_ACCOUNT_LAST8.normalize("123456789")).isNull();
        assertThat(Question.BANK_ACCOUNT_LAST8.normalize("1234567A")).isNull();
        assertThat(Question.BANK_ACCOUNT_LAST8.normalize(null)).isNull();
    }

    @Test
    void otherAnswersAreUpperCasedAndCompacted() {
        assertThat(Question.CIVIL_STATUS_NUMBER.normalize("123/2001")).isEqualTo("123/2001");
        assertThat(Question.EMPLOYER_ID.normalize("ab 12-34")).isEqualTo("AB1234");
        assertThat(Question.EMPLOYER_ID.normalize("   ")).isNull();
        assertThat(Question.EMPLOYER_ID.normalize("<script>")).isNull();
    }

    @Test
    void identificationRoundTripsAndNeverPrintsItsValues() {
        Identification id = new Identification(IdentifierKind.REGISTRATION_NUMBER, " 123 456 ", "ab123456",
                LocalDate.of(1990, 4, 12));
        assertThat(id.identifier()).isEqualTo("123456");
        assertThat(id.nationalId()).isEqualTo("AB123456");
        assertThat(Identification.parse(id.serialize())).isEqualTo(id);
        assertThat(id.toString()).doesNotContain("123456").doesNotContain("AB123456");
        assertThatThrownBy(() -> new Identification(IdentifierKind.EMPLOYER_ID, " ", "X", LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
