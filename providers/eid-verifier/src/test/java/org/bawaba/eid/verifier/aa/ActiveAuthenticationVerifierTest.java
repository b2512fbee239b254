package org.bawaba.eid.verifier.aa;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.security.SecureRandom;

import org.bawaba.eid.simulator.document.ActiveAuthenticationChip;
import org.bawaba.eid.simulator.document.ActiveAuthenticationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** AA answers of each key kind verify over their challenge, and only over it. */
class ActiveAuthenticationVerifierTest {

    private static final String ECDSA_PLAIN_SHA256 = "0.4.0.127.0.7.1.1.4.1.3";

    @ParameterizedTest
    @EnumSource(value = ActiveAuthenticationKind.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void answerVerifiesOverItsChallengeOnly(ActiveAuthenticationKind kind) {
        SecureRandom random = new SecureRandom();
        ActiveAuthenticationChip chip = ActiveAuthenticationChip.generate(kind, random);
        PublicKey key = chip.keyPair().getPublic();
        byte[] challenge = new byte[8];
        random.nextBytes(challenge);
        byte[] answer = chip.answer(challenge);

        assertThat(ActiveAuthenticationVerifier.problem(key, ECDSA_PLAIN_SHA256, challenge, answer)).isNull();

        byte[] other = challenge.clone();
        other[0] ^= 1;
        assertThat(ActiveAuthenticationVerifier.problem(key, ECDSA_PLAIN_SHA256, other, answer)).isNotNull();
        byte[] flipped = answer.clone();
        flipped[flipped.length / 2] ^= 1;
        assertThat(ActiveAuthenticationVerifier.problem(key, ECDSA_PLAIN_SHA256, challenge, flipped)).isNotNull();
        assertThat(ActiveAuthenticationVerifier.problem(key, ECDSA_PLAIN_SHA256, new byte[7], answer)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = ActiveAuthenticationKind.class, names = "ECDSA_BRAINPOOL_P256_SHA256")
    void ecdsaWithoutDg14Algorithm_fails(ActiveAuthenticationKind kind) {
        ActiveAuthenticationChip chip = ActiveAuthenticationChip.generate(kind, new SecureRandom());
        byte[] challenge = new byte[8];
        assertThat(ActiveAuthenticationVerifier.problem(chip.keyPair().getPublic(), null, challenge,
                chip.answer(challenge))).contains("DG14");
    }
}
