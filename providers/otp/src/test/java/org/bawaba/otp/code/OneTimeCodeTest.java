package org.bawaba.otp.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    @Test
    void codesHaveTheRequestedNumberOfDigitsAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = OneTimeCode.generate(6);
            assertThat(code).hasSize(6).containsOnlyDigits();
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void theHashIsSaltedAndMatchesOnlyTheCode() {
        String salt = OneTimeCode.newSalt();
        String hash = OneTimeCode.hash("123456", salt);

        assertThat(hash).doesNotContain("123456");
        assertThat(OneTimeCode.hash("123456", OneTimeCode.newSalt())).isNotEqualTo(hash);
        assertThat(OneTimeCode.matches("123456", salt, hash)).isTrue();
        assertThat(OneTimeCode.matches("123 456", salt, hash)).as("spaces typed by people are ignored").isTrue();
        assertThat(OneTimeCode.matches("123457", salt, hash)).isFalse();
        assertThat(OneTimeCode.matches(null, salt, hash)).isFalse();
        assertThat(OneTimeCode.matches("", salt, hash)).isFalse();
    }
}
