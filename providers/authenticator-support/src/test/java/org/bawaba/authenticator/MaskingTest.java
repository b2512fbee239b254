package org.bawaba.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phoneNumbersKeepTheirCountryCodeAndLastTwoDigits() {
        assertThat(Masking.phoneNumber("+212612345678")).isEqualTo("+212*******78");
        assertThat(Masking.phoneNumber("+33612345678")).isEqualTo("+336******78");
    }

    @Test
    void emailAddressesKeepTheirFirstLetterAndDomain() {
        assertThat(Masking.emailAddress("amina@bawaba.example")).isEqualTo("a***@bawaba.example");
    }

    @Test
    void whatCannotBeMaskedIsHiddenWhole() {
        assertThat(Masking.phoneNumber("+2126")).isEqualTo("***");
        assertThat(Masking.phoneNumber(null)).isEqualTo("***");
        assertThat(Masking.emailAddress("broken")).isEqualTo("***");
        assertThat(Masking.emailAddress("@bawaba.example")).isEqualTo("***");
        assertThat(Masking.emailAddress(null)).isEqualTo("***");
    }
}
