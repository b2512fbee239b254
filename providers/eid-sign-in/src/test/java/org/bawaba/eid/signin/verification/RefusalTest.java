package org.bawaba.eid.signin.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.bawaba.eid.verifier.VerdictReason;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void everyRefusingVerdictHasAReasonForThePerson() {
        Arrays.stream(VerdictReason.values()).filter(reason -> !reason.accepted())
                .forEach(reason -> assertThat(Refusal.of(reason)).as(reason.name()).isNotNull());
        assertThatThrownBy(() -> Refusal.of(VerdictReason.VERIFIED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apiNamesAndMessageKeysRoundTrip() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(Refusal.fromApiName(refusal.apiName())).isEqualTo(refusal);
            assertThat(refusal.messageKey()).isEqualTo("bawabaEidRefused." + refusal.apiName());
        }
    }
}
