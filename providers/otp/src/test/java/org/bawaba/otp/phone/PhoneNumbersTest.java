package org.bawaba.otp.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "06 12 34 56 78, +212612345678",
            "0612345678, +212612345678",
            "+212 6-12-34-56-78, +212612345678",
            "00212612345678, +212612345678",
            "07 00 11 22 33, +212700112233",
            "+33 6 12 34 56 78, +33612345678",
    })
    void typedNumbersBecomeE164(String typed, String e164) {
        assertThat(PhoneNumbers.toE164(typed, "MA")).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "abc", "06 12", "+212 5 22 12 34 56", "+999 1234567"})
    void invalidOrLandlineNumbersAreRefused(String typed) {
        assertThat(PhoneNumbers.toE164(typed, "MA")).isEmpty();
    }
}
