package org.bawaba.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;
import org.junit.jupiter.api.Test;

class RegistryCsvTest {

    private static final String HEADER = "registration_number,employer_id,national_id,birth_date,payment_mode,"
            + "bank_account_last8,civil_status_number,given_name,family_name,given_name_ar,family_name_ar,"
            + "birth_place,birth_country,gender";

    private static final AnswerHasher HASHER = AnswerHasherTest.HASHER;

    @Test
    void goodFile_isRead_withAnswersHashed_andIdentifiersNormalised() throws IOException {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "# fictitious people\r\n"
                + "123 456 789,emp-0042,ab 123 999,1984-03-21,BANK_TRANSFER,1234 5678,,Salma,\"Bennani, née Alaoui\","
                + "سلمى,بناني,Fès,ma,FEMALE\r\n"
                + "\r\n"
                + "987654321,EMP0043,CD778899,1950-11-02,postal_order,,\"45/1950\",Ahmed,Tazi,,,,,\n";

        List<PersonRecord> people = read(csv);

        assertThat(people).hasSize(2);
        PersonRecord salma = people.get(0);
        assertThat(salma.registrationNumber()).isEqualTo("123456789");
        assertThat(salma.nationalId()).isEqualTo("AB123999");
        assertThat(salma.birthDate()).isEqualTo(LocalDate.of(1984, 3, 21));
        assertThat(salma.paymentMode()).isEqualTo(PaymentMode.BANK_TRANSFER);
        assertThat(salma.employerIdHash()).isEqualTo(HASHER.hash(Question.EMPLOYER_ID, "EMP0042"));
        assertThat(salma.bankAccountHash()).isEqualTo(HASHER.hash(Question.BANK_ACCOUNT_LAST8, "12345678"));
        assertThat(salma.civilStatusHash()).isNull();
        assertThat(salma.familyName()).isEqualTo("Bennani, née Alaoui");
        assertThat(salma.givenNameAr()).isEqualTo("سلمى");
        assertThat(salma.familyNameAr()).isEqualTo("بناني");
        assertThat(salma.birthPlace()).isEqualTo("Fès");
        assertThat(salma.birthCountry()).isEqualTo("MA");
        assertThat(salma.gender()).isEqualTo("female");
        assertThat(salma.toString()).doesNotContain("Salma", "123456789", "AB123999");

        PersonRecord ahmed = people.get(1);
        assertThat(ahmed.paymentMode()).isEqualTo(PaymentMode.POSTAL_ORDER);
        assertThat(ahmed.civilStatusHash()).isEqualTo(HASHER.hash(Question.CIVIL_STATUS_NUMBER, "45/1950"));
        assertThat(ahmed.bankAccountHash()).isNull();
        assertThat(ahmed.givenNameAr()).isNull();
        assertThat(ahmed.birthCountry()).isNull();
        assertThat(ahmed.gender()).isNull();
    }

    @Test
    void columnsMayComeInAnyOrder() throws IOException {
        String csv = "national_id,registration_number,employer_id,birth_date,payment_mode,bank_account_last8,"
                + "civil_status_number,family_name,given_name,given_name_ar,family_name_ar,birth_place,birth_country,"
                + "gender\n"
                + "EF123456,555,E1,1990-01-01,BANK_TRANSFER,11112222,,Alami,Omar,,,,,male\n";
        PersonRecord omar = read(csv).get(0);
        assertThat(omar.nationalId()).isEqualTo("EF123456");
        assertThat(omar.registrationNumber()).isEqualTo("555");
        assertThat(omar.givenName()).isEqualTo("Omar");
        assertThat(omar.familyName()).isEqualTo("Alami");
    }

    @Test
    void badRow_failsWithLineAndColumn_neverTheValue() {
        assertBad(row("123", "EMP1", "AB12", "1984-03-21", "BANK_TRANSFER", "9876543", ""),
                "line 3, column bank_account_last8: must be exactly 8 digits", "9876543");
        assertBad(row("123", "EMP1", "AB12", "1984-03-21", "BANK_TRANSFER", "", "77/1999"),
                "line 3, column bank_account_last8: required when paid by BANK_TRANSFER", "77/1999");
        assertBad(row("123", "EMP1", "AB12", "1984-03-21", "POSTAL_ORDER", "98765432", ""),
                "line 3, column civil_status_number: required when paid by POSTAL_ORDER", "98765432");
        assertBad(row("123", "EMP1", "AB12", "1984-03-21", "POSTAL_ORDER", "", "<secret>"),
                "line 3, column civil_status_number: must be letters, digits and '/'", "<secret>");
        assertBad(row("123", "EMP<1>", "AB12", "1984-03-21", "POSTAL_ORDER", "", "1/2"),
                "line 3, column employer_id: must be letters", "EMP<1>");
        assertBad(row("123", "", "AB12", "1984-03-21", "POSTAL_ORDER", "", "1/2"),
                "line 3, column employer_id: required", null);
        assertBad(row("123", "EMP1", "A+1", "1984-03-21", "POSTAL_ORDER", "", "1/2"),
                "line 3, column national_id: not a national ID number", "A+1");
        assertBad(row("123", "EMP1", "AB12", "21/03/1984", "POSTAL_ORDER", "", "1/2"),
                "line 3, column birth_date: not a date as YYYY-MM-DD", "21/03/1984");
        assertBad(row("123", "EMP1", "AB12", "1984-03-21", "CHEQUE", "", "1/2"),
                "line 3, column payment_mode: must be BANK_TRANSFER or POSTAL_ORDER", "CHEQUE");
        assertBad(row("12#3", "EMP1", "AB12", "1984-03-21", "POSTAL_ORDER", "", "1/2"),
                "line 3, column registration_number: not a registration number", "12#3");
    }

    @Test
    void otherColumnsAreChecked_andQuotesMustClose() {
        String good = "123,EMP1,AB12,1984-03-21,POSTAL_ORDER,,1/2,";
        assertBad(HEADER + "\n\n" + good + ",Tazi,,,,,\n", "line 3, column given_name: required", null);
        assertBad(HEADER + "\n\n" + good + "Ahmed,Tazi,,,,ZZZ,\n",
                "line 3, column birth_country: not an ISO 3166-1 alpha-2 country code", "ZZZ");
        assertBad(HEADER + "\n\n" + good + "Ahmed,Tazi,,,,,other\n",
                "line 3, column gender: must be female or male", "other");
        assertBad(HEADER + "\n\n" + good + "\"Ahmed,Tazi,,,,,\n",
                "line 3, column given_name: quote not closed on its line", "Ahmed");
        assertBad(HEADER + "\n\n" + good + "\"Ahmed\"x,Tazi,,,,,\n",
                "line 3, column given_name: text after a closing quote", "Ahmed");
        assertBad(HEADER + "\n\n" + good + "Ahmed,Tazi,,,,\n", "line 3: 13 values where the header names 14 columns",
                "Ahmed");
        assertBad(HEADER + "\n\n" + good + "Ahmed,Tazi,,,,,\n" + good + "Ahmed,Tazi,,,,,\n",
                "line 4, column registration_number: same as on line 3", null);
    }

    @Test
    void headerIsRequired_andChecked() {
        assertBad("", "line 1: no header line", null);
        assertBad("# only a comment\n", "line 1: no header line", null);
        assertBad("123,EMP1,AB12,1984-03-21,POSTAL_ORDER,,1/2,Ahmed,Tazi,,,,,\n",
                "line 1, column #1: not a column name (is the header line missing?)", "123");
        assertBad(HEADER.replace(",gender", "") + "\n", "line 1, column gender: missing from the header", null);
        assertBad(HEADER + ",gender\n", "line 1, column gender: named twice in the header", null);
    }

    @Test
    void bytesThatAreNotUtf8_areReportedOnTheirLine() {
        byte[] latin1 = (HEADER + "\n123,EMP1,AB12,1984-03-21,POSTAL_ORDER,,1/2,Ahmed,Fès,,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new RegistryCsv(HASHER).read(new ByteArrayInputStream(latin1), person -> { }))
                .isInstanceOf(CsvFormatException.class).hasMessage("line 2: not UTF-8 text");
    }

    @Test
    void rowsBeforeABadOne_areHandedOn_soTheCallerMustRollBack() {
        List<PersonRecord> people = new ArrayList<>();
        String csv = HEADER + "\n123,EMP1,AB12,1984-03-21,POSTAL_ORDER,,1/2,Ahmed,Tazi,,,,,\n"
                + "124,EMP2,AB13,1984-03-21,POSTAL_ORDER,,,Ahmed,Tazi,,,,,\n";
        assertThatThrownBy(() -> new RegistryCsv(HASHER).read(utf8(csv), people::add))
                .isInstanceOf(CsvFormatException.class).hasMessageStartingWith("line 3, column civil_status_number");
        assertThat(people).hasSize(1);
    }

    private static String row(String registration, String employer, String nationalId, String birthDate, String mode,
                              String bank, String civil) {
        return HEADER + "\n# a comment: line 2\n" + String.join(",", registration, employer, nationalId, birthDate,
                mode, bank, civil, "Ahmed", "Tazi", "أحمد", "التازي", "Rabat", "MA", "male") + "\n";
    }

    private static void assertBad(String csv, String message, String value) {
        assertThatThrownBy(() -> read(csv)).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> {
                    if (value != null) {
                        assertThat(e.getMessage()).doesNotContain(value);
                    }
                });
    }

    private static List<PersonRecord> read(String csv) throws IOException {
        List<PersonRecord> people = new ArrayList<>();
        int count = new RegistryCsv(HASHER).read(utf8(csv), people::add);
        assertThat(count).isEqualTo(people.size());
        return people;
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
