package org.bawaba.federation.loa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.Constants;

class AssuranceLevelsTest {

    private static final Map<String, Integer> EIDAS = Map.of("eidas1", 1, "eidas2", 2, "eidas3", 3);
    /** A relying party's own map: its own names for the realm's ranks. */
    private static final Map<String, Integer> OWN_NAMES = Map.of("faible", 1, "substantiel", 2, "eleve", 3);

    private static AssuranceLevels requesting(String requestedRank) {
        return new AssuranceLevels(EIDAS, EIDAS, requestedRank);
    }

    @Test
    void aPersonWhoReachedALevelAlsoMeetsEveryLevelBelowIt() {
        assertThat(requesting(null).ranksUpTo(2)).containsExactly(1, 2);
        assertThat(requesting(null).ranksUpTo(3)).containsExactly(1, 2, 3);
        assertThat(requesting(null).ranksUpTo(Constants.NO_LOA)).isEmpty();
        assertThat(new AssuranceLevels(Map.of("low", 1, "eidas1", 1, "high", 3), EIDAS, null).ranksUpTo(3)).containsExactly(1, 3);
    }

    @Test
    void forwardsEveryLevelAtOrAboveTheRequestLowestFirst() {
        assertThat(requesting("2").namesToForward()).containsExactly("eidas2", "eidas3");
        assertThat(requesting("1").namesToForward()).containsExactly("eidas1", "eidas2", "eidas3");
        assertThat(requesting("4").namesToForward()).isEmpty();
        assertThat(requesting(null).namesToForward()).as("nothing asked, nothing forwarded").isEmpty();
        assertThat(requesting("0").namesToForward()).as("Keycloak's rank for an unknown acr is no request").isEmpty();
    }

    @Test
    void creditsTheProviderAnswerButNeverAboveItsCeiling() {
        assertThat(requesting(null).credited("eidas2", "eidas2")).isEqualTo(2);
        assertThat(requesting(null).credited("eidas1", "eidas3")).isEqualTo(1);
        assertThat(requesting(null).credited("eidas3", "eidas2")).as("capped").isEqualTo(2);
    }

    @Test
    void unknownOrMissingAnswersAndMissingCeilingsCreditNoLevelAtAll() {
        AssuranceLevels levels = requesting(null);
        assertThat(levels.credited("1", "eidas3")).as("Keycloak's numeric default is not a federation level")
                .isEqualTo(Constants.NO_LOA);
        assertThat(levels.credited(null, "eidas3")).isEqualTo(Constants.NO_LOA);
        assertThat(levels.credited("eidas2", null)).isEqualTo(Constants.NO_LOA);
        assertThat(levels.credited("eidas2", "gold")).isEqualTo(Constants.NO_LOA);
    }

    @Test
    void aCreditBelowTheRequestIsRefusedAndNoRequestIsMetByAnything() {
        assertThat(requesting("2").meetsRequest(2)).isTrue();
        assertThat(requesting("2").meetsRequest(1)).isFalse();
        assertThat(requesting("2").meetsRequest(Constants.NO_LOA)).isFalse();
        assertThat(requesting(null).meetsRequest(Constants.NO_LOA)).isTrue();
        assertThat(requesting("garbage").hasRequest()).isFalse();
    }

    @Test
    void theClientsOwnMapRanksTheRequestAndNamesItWhileProviderLevelsKeepTheirRealmRank() {
        AssuranceLevels levels = new AssuranceLevels(OWN_NAMES, EIDAS, "2");

        assertThat(levels.requestedName()).isEqualTo("substantiel");
        assertThat(levels.ceilingMeetsRequest("eidas2")).isTrue();
        assertThat(levels.ceilingMeetsRequest("eidas1")).isFalse();
        assertThat(levels.namesToForward()).as("the providers' names").containsExactly("eidas2", "eidas3");
        assertThat(levels.credited("eidas2", "eidas2")).isEqualTo(2);
        assertThat(levels.nameOf(2)).isEqualTo("substantiel");
    }

    @Test
    void aClientMapThatNamesAProviderLevelRanksItItself() {
        // This relying party counts eidas2 only as its basic level.
        AssuranceLevels levels = new AssuranceLevels(Map.of("eidas1", 1, "eidas2", 1, "eidas3", 3), EIDAS, "3");

        assertThat(levels.ceilingMeetsRequest("eidas2")).isFalse();
        assertThat(levels.credited("eidas3", "eidas2")).isEqualTo(1);
        assertThat(levels.meetsRequest(levels.credited("eidas3", "eidas2"))).isFalse();
        assertThat(levels.namesToForward()).containsExactly("eidas3");
    }

    @Test
    void namesLevelsForMessages() {
        assertThat(requesting(null).nameOf(3)).isEqualTo("eidas3");
        assertThat(requesting(null).nameOf(7)).isEqualTo("7");
        assertThat(requesting("3").requestedName()).isEqualTo("eidas3");
        assertThat(requesting(null).requestedName()).isEmpty();
    }

    @Test
    void tokensCarryOnlyNamedLevels() {
        assertThat(AssuranceLevels.tokenAcr(EIDAS, 2, "eidas2")).contains("eidas2");
        assertThat(AssuranceLevels.tokenAcr(EIDAS, 0, "0")).as("credited nothing: Keycloak's \"0\"").isEmpty();
        assertThat(AssuranceLevels.tokenAcr(EIDAS, Constants.NO_LOA, "eidas1"))
                .as("no level recorded: Keycloak assumes 1").isEmpty();
        assertThat(AssuranceLevels.tokenAcr(Map.of("eidas2", 2), 1, "1")).isEmpty();
        assertThat(AssuranceLevels.tokenAcr(Map.of(), 1, "1")).as("a realm without names keeps Keycloak's").contains("1");
    }

    @Test
    void discoveryListsTheNamesLowestFirst() {
        assertThat(AssuranceLevels.namesByRank(EIDAS)).containsExactly("eidas1", "eidas2", "eidas3");
        assertThat(AssuranceLevels.namesByRank(Map.of("b", 2, "a", 2, "z", 1))).containsExactly("z", "a", "b");
    }
}
