package org.bawaba.password.temporary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TemporaryPasswordGeneratorTest {

    private final TemporaryPasswordGenerator generator = new TemporaryPasswordGenerator();

    @RepeatedTest(200)
    void meetsEveryCharacterClassFromTheUnambiguousAlphabet() {
        String password = generator.generate(12);

        assertThat(password).hasSize(12);
        assertThat(password.chars()).allMatch(c -> TemporaryPasswordGenerator.ALPHABET.indexOf(c) >= 0);
        assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[2-9]")
                .containsPattern("[#%+=?@!-]");
        assertThat(password).doesNotContainPattern("[0O1lIo]");
    }

    @Test
    void isNeverShorterThanTwelve() {
        assertThatThrownBy(() -> generator.generate(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(generator.generate(20)).hasSize(20);
    }

    @Test
    void doesNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(generator.generate(14))).isTrue();
        }
    }
}
