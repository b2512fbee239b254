package org.bawaba.federation.loa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AssuranceLevelsTest {

    private final AssuranceLevels levels = new AssuranceLevels(Map.of("eidas1", 1, "eidas2", 2, "eidas3", 3));

    @Test
    void aPersonWhoReachedALevelAlsoMeetsEveryLevelBelowIt() {
        assertThat(levels.ranksUpTo(2)).containsExactly(1, 2);
        assertThat(levels.ranksUpTo(3)).containsExactly(1, 2, 3);
        assertThat(levels.ranksUpTo(0)).isEmpty();
        assertThat(new AssuranceLevels(Map.of("low", 1, "eidas1", 1, "high", 3)).ranksUpTo(3)).containsExactly(1, 3);
    }

    @Test
    void forwardsEveryLevelAtOrAboveTheRequestLowestFirst() {
        assertThat(levels.namesAtOrAbove(2)).containsExactly("eidas2", "eidas3");
        assertThat(levels.namesAtOrAbove(1)).containsExactly("eidas1", "eidas2", "eidas3");
        assertThat(levels.namesAtOrAbove(4)).isEmpty();
    }

    @Test
    void creditsTheProviderAnswerButNeverAboveItsCeiling() {
        assertThat(levels.credited("eidas2", "eidas2")).isEqualTo(2);
        assertThat(levels.credited("eidas1", "eidas3")).isEqualTo(1);
        assertThat(levels.credited("eidas3", "eidas2")).as("capped").isEqualTo(2);
    }

    @Test
    void unknownOrMissingAnswersAndMissingCeilingsCreditNothing() {
        assertThat(levels.credited("1", "eidas3")).as("Keycloak's numeric default is not a federation level").isZero();
        assertThat(levels.credited(null, "eidas3")).isZero();
        assertThat(levels.credited("eidas2", null)).isZero();
        assertThat(levels.credited("eidas2", "gold")).isZero();
    }

    @Test
    void namesLevelsForMessages() {
        assertThat(levels.nameOf(3)).isEqualTo("eidas3");
        assertThat(levels.nameOf(7)).isEqualTo("7");
    }
}
