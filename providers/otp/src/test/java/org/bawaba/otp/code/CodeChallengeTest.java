package org.bawaba.otp.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.bawaba.otp.code.CodeChallenge.Check;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

class CodeChallengeTest {

    private final Map<String, String> notes = new HashMap<>();
    private final CodePolicy policy = CodePolicy.DEFAULT;
    private final CodeChallenge challenge = new CodeChallenge(authSessionWith(notes), "signin.sms");

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    void keepsOnlyASaltedHashOfTheCode() {
        challenge.start("482913", "+212612345678", policy);

        assertThat(notes.values()).noneMatch(value -> value.contains("482913"));
        assertThat(challenge.recipient()).isEqualTo("+212612345678");
        assertThat(challenge.check("482913", policy)).isEqualTo(Check.ACCEPTED);
    }

    @Test
    void theFifthWrongCodeKillsItEvenForTheRightOne() {
        challenge.start("482913", "+212612345678", policy);
        for (int i = 1; i <= 4; i++) {
            assertThat(challenge.check("000000", policy)).isEqualTo(Check.WRONG);
            assertThat(challenge.attemptsLeft(policy)).isEqualTo(5 - i);
        }
        assertThat(challenge.check("000000", policy)).isEqualTo(Check.EXHAUSTED);
        assertThat(challenge.check("482913", policy)).isEqualTo(Check.EXHAUSTED);
        assertThat(challenge.isActive()).isFalse();
        assertThat(challenge.recipient()).as("kept so that a new code can be sent").isEqualTo("+212612345678");
    }

    @Test
    void aCodeExpiresAfterItsValidity() {
        challenge.start("482913", "+212612345678", policy);
        Time.setOffset(policy.validitySeconds() + 1);

        assertThat(challenge.check("482913", policy)).isEqualTo(Check.EXPIRED);
        assertThat(challenge.check("482913", policy)).isEqualTo(Check.NONE);
    }

    @Test
    void resendWaitCountsDownFromTheLastSend() {
        assertThat(challenge.secondsUntilResend(policy)).isZero();
        challenge.start("482913", "+212612345678", policy);
        assertThat(challenge.secondsUntilResend(policy)).isEqualTo(60);
        Time.setOffset(45);
        assertThat(challenge.secondsUntilResend(policy)).isEqualTo(15);
        Time.setOffset(61);
        assertThat(challenge.secondsUntilResend(policy)).isZero();
    }

    @Test
    void scopesDoNotSeeEachOther() {
        challenge.start("482913", "+212612345678", policy);
        CodeChallenge email = new CodeChallenge(authSessionWith(notes), "signin.email");

        assertThat(email.isActive()).isFalse();
        assertThat(email.check("482913", policy)).isEqualTo(Check.NONE);
    }

    private static AuthenticationSessionModel authSessionWith(Map<String, String> notes) {
        return (AuthenticationSessionModel) Proxy.newProxyInstance(CodeChallengeTest.class.getClassLoader(),
                new Class<?>[] {AuthenticationSessionModel.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAuthNote" -> notes.get((String) args[0]);
                    case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                    case "removeAuthNote" -> notes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
