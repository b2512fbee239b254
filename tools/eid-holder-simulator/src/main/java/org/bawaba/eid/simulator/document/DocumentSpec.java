package org.bawaba.eid.simulator.document;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * What a synthetic document says. Names are in MRZ form (upper case Latin); the Arabic names go to DG11.
 *
 * @param issuingState   ICAO alpha-3 issuing state printed in the MRZ (e.g. MAR, D for Germany)
 * @param personalNumber CNIE number (Moroccan layout), personal number (TD3) or optional data (TD1)
 * @param faceSeed       varies the generated face image, so two holders get different DG2s
 */
public record DocumentSpec(
        DocumentLayout layout,
        String issuingState,
        String documentNumber,
        String surname,
        String givenNames,
        String arabicSurname,
        String arabicGivenNames,
        String nationality,
        LocalDate dateOfBirth,
        char sex,
        LocalDate dateOfExpiry,
        String personalNumber,
        String placeOfBirth,
        ActiveAuthenticationKind activeAuthentication,
        long faceSeed) {

    public DocumentSpec {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        Objects.requireNonNull(activeAuthentication, "activeAuthentication");
        if (documentNumber.length() > 9) {
            throw new IllegalArgumentException("the simulator issues document numbers of at most 9 characters");
        }
    }

    /** A Moroccan CNIE valid for ten years from {@code today}, with RSA Active Authentication. */
    public static DocumentSpec moroccanCnie(LocalDate today) {
        return new DocumentSpec(DocumentLayout.TD1_MOROCCAN_CNIE, "MAR", "ZT1234567", "EL ALAOUI", "FATIMA ZAHRA",
                "العلوي", "فاطمة الزهراء", "MAR", LocalDate.of(1990, 1, 15), 'F', today.plusYears(10),
                "BE123456", "RABAT", ActiveAuthenticationKind.RSA_1024_SHA1, 1L);
    }

    /**
     * The demo person of {@code ./bawaba start}, who also has an account in the {@code account} realm: Amina El
     * Idrissi, CNIE {@code AB123456}, born in Rabat on 12 April 1990. Her card is valid for ten years from
     * {@code today} and has RSA Active Authentication.
     */
    public static DocumentSpec demoHolder(LocalDate today) {
        return forPerson("AB123456", "EL IDRISSI", "AMINA", "الإدريسي", "أمينة", LocalDate.of(1990, 4, 12), 'F',
                "RABAT", 19900412L)
                .withDocumentNumber("ZD9041201")
                .withDateOfExpiry(today.plusYears(10));
    }

    /**
     * A Moroccan CNIE of anyone, for tests that need many people: RSA Active Authentication, valid for ten years
     * from today (UTC; {@link #withDateOfExpiry} to change it), and a card number derived from the CNIE number
     * ({@code Z} followed by its first eight characters).
     *
     * @param nationalId the CNIE number (1-2 letters and digits, e.g. {@code AB123456}): optional data 1 of the MRZ
     *                   and DG11's personal number
     * @param surname    in French transliteration, as the MRZ and DG11 print it (upper-cased here)
     * @param faceSeed   the face of the portrait: give two people two seeds
     */
    public static DocumentSpec forPerson(String nationalId, String surname, String givenNames, String arabicSurname,
            String arabicGivenNames, LocalDate dateOfBirth, char sex, String placeOfBirth, long faceSeed) {
        String id = Objects.requireNonNull(nationalId, "nationalId").toUpperCase(Locale.ROOT);
        if (!id.matches("[A-Z0-9]{1,15}")) {
            throw new IllegalArgumentException("a CNIE number is 1 to 15 letters and digits, not " + nationalId);
        }
        String cardNumber = "Z" + id.substring(0, Math.min(8, id.length()));
        return new DocumentSpec(DocumentLayout.TD1_MOROCCAN_CNIE, "MAR", cardNumber,
                Objects.requireNonNull(surname, "surname").toUpperCase(Locale.ROOT),
                Objects.requireNonNull(givenNames, "givenNames").toUpperCase(Locale.ROOT), arabicSurname,
                arabicGivenNames, "MAR", dateOfBirth, sex, LocalDate.now(ZoneOffset.UTC).plusYears(10), id,
                placeOfBirth == null ? null : placeOfBirth.toUpperCase(Locale.ROOT),
                ActiveAuthenticationKind.RSA_1024_SHA1, faceSeed);
    }

    /** A Moroccan TD3 passport with ECDSA Active Authentication. */
    public static DocumentSpec moroccanPassport(LocalDate today) {
        return new DocumentSpec(DocumentLayout.TD3_PASSPORT, "MAR", "AA1234567", "BENANI", "YOUSSEF",
                "بناني", "يوسف", "MAR", LocalDate.of(1985, 7, 3), 'M', today.plusYears(5),
                "BK654321", "FES", ActiveAuthenticationKind.ECDSA_BRAINPOOL_P256_SHA256, 2L);
    }

    /** A generic TD1 identity card. */
    public static DocumentSpec idCard(String issuingState, LocalDate today) {
        return new DocumentSpec(DocumentLayout.TD1_ID_CARD, issuingState, "L01X00T47", "MUSTERFRAU", "ERIKA",
                null, null, issuingState, LocalDate.of(1983, 8, 12), 'F', today.plusYears(6),
                null, "BERLIN", ActiveAuthenticationKind.RSA_2048_SHA256, 3L);
    }

    public DocumentSpec withIssuingState(String state) {
        return new DocumentSpec(layout, state, documentNumber, surname, givenNames, arabicSurname, arabicGivenNames,
                nationality, dateOfBirth, sex, dateOfExpiry, personalNumber, placeOfBirth, activeAuthentication,
                faceSeed);
    }

    public DocumentSpec withDateOfExpiry(LocalDate expiry) {
        return new DocumentSpec(layout, issuingState, documentNumber, surname, givenNames, arabicSurname,
                arabicGivenNames, nationality, dateOfBirth, sex, expiry, personalNumber, placeOfBirth,
                activeAuthentication, faceSeed);
    }

    public DocumentSpec withActiveAuthentication(ActiveAuthenticationKind kind) {
        return new DocumentSpec(layout, issuingState, documentNumber, surname, givenNames, arabicSurname,
                arabicGivenNames, nationality, dateOfBirth, sex, dateOfExpiry, personalNumber, placeOfBirth, kind,
                faceSeed);
    }

    public DocumentSpec withFaceSeed(long seed) {
        return new DocumentSpec(layout, issuingState, documentNumber, surname, givenNames, arabicSurname,
                arabicGivenNames, nationality, dateOfBirth, sex, dateOfExpiry, personalNumber, placeOfBirth,
                activeAuthentication, seed);
    }

    public DocumentSpec withDocumentNumber(String number) {
        return new DocumentSpec(layout, issuingState, number, surname, givenNames, arabicSurname, arabicGivenNames,
                nationality, dateOfBirth, sex, dateOfExpiry, personalNumber, placeOfBirth, activeAuthentication,
                faceSeed);
    }
}
