package org.bawaba.registry.reference;

import java.time.LocalDate;

import org.bawaba.spi.registry.PaymentMode;

/**
 * One person as the reference registry stores them, read from a CSV row: identifiers normalised, answers and the
 * employer identifier already hashed (their clear values never leave the parser). Never printed: it names a person.
 */
record PersonRecord(String registrationNumber, String nationalId, LocalDate birthDate, String employerIdHash,
                    PaymentMode paymentMode, String bankAccountHash, String civilStatusHash,
                    String givenName, String familyName, String givenNameAr, String familyNameAr,
                    String birthPlace, String birthCountry, String gender) {

    @Override
    public String toString() {
        return "PersonRecord[" + paymentMode + "]";
    }
}
