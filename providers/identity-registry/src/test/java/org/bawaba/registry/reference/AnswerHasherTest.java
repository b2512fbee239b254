package org.bawaba.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bawaba.spi.registry.Question;
import org.junit.jupiter.api.Test;

class AnswerHasherTest {

    static final byte[] KEY = "test key of thirty-two bytes!!!!".getBytes(StandardCharsets.US_ASCII);
    static final AnswerHasher HASHER = new AnswerHasher(KEY);

    @Test
    void isHmacSha256_ofTheQuestionNameAndTheNormalisedValue() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(
                "BANK_ACCOUNT_LAST8:12345678".getBytes(StandardCharsets.UTF_8)));

        assertThat(HASHER.hash(Question.BANK_ACCOUNT_LAST8, " 1234 5678 ")).isEqualTo(expected).hasSize(64);
        assertThat(HASHER.hash(Question.BANK_ACCOUNT_LAST8, "1234-56.78")).isEqualTo(expected);
        assertThat(HASHER.hashOrPlaceholder(Question.BANK_ACCOUNT_LAST8, "12345678")).isEqualTo(expected);
    }

    @Test
    void sameValueForTwoQuestions_hashesApart() {
        assertThat(HASHER.hash(Question.EMPLOYER_ID, "12345678"))
                .isNotEqualTo(HASHER.hash(Question.BANK_ACCOUNT_LAST8, "12345678"))
                .isNotEqualTo(HASHER.hash(Question.CIVIL_STATUS_NUMBER, "12345678"));
    }

    @Test
    void isDeterministic_andDependsOnTheKey() {
        assertThat(new AnswerHasher(KEY.clone()).hash(Question.EMPLOYER_ID, "ab-12"))
                .isEqualTo(HASHER.hash(Question.EMPLOYER_ID, "AB12"));
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        assertThat(new AnswerHasher(otherKey).hash(Question.EMPLOYER_ID, "AB12"))
                .isNotEqualTo(HASHER.hash(Question.EMPLOYER_ID, "AB12"));
    }

    @Test
    void valueThatCannotBeRight_hasNoHash_butStillCostsOne() {
        assertThat(HASHER.hash(Question.BANK_ACCOUNT_LAST8, "1234567")).isNull();
        assertThat(HASHER.hash(Question.CIVIL_STATUS_NUMBER, null)).isNull();
        String placeholder = HASHER.hashOrPlaceholder(Question.BANK_ACCOUNT_LAST8, "1234567");
        assertThat(placeholder).hasSize(64)
                .isEqualTo(HASHER.hashOrPlaceholder(Question.BANK_ACCOUNT_LAST8, null));
    }

    @Test
    void matchesStored_comparesTheHash_andNothingStoredNeverMatches() {
        String stored = HASHER.hash(Question.BANK_ACCOUNT_LAST8, "12345678");
        assertThat(HASHER.matchesStored(HASHER.hashOrPlaceholder(Question.BANK_ACCOUNT_LAST8, "12345678"), stored))
                .isTrue();
        assertThat(HASHER.matchesStored(HASHER.hashOrPlaceholder(Question.BANK_ACCOUNT_LAST8, "12345679"), stored))
                .isFalse();
        assertThat(HASHER.matchesStored(HASHER.hashOrPlaceholder(Question.BANK_ACCOUNT_LAST8, "12345678"), null))
                .isFalse();
    }

    @Test
    void keysShorterThan32Bytes_areRefused() {
        assertThatThrownBy(() -> new AnswerHasher(Arrays.copyOf(KEY, 31))).isInstanceOf(IllegalArgumentException.class);
        assertThat(HASHER.toString()).doesNotContain(new String(KEY, StandardCharsets.US_ASCII));
    }
}
