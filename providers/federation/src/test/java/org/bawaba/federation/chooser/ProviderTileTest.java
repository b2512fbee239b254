package org.bawaba.federation.chooser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bawaba.federation.loa.AssuranceLevelsFixture;
import org.junit.jupiter.api.Test;

class ProviderTileTest {

    private static final Map<String, Integer> EIDAS = Map.of("eidas1", 1, "eidas2", 2, "eidas3", 3);

    @Test
    void aProviderBelowTheRequestIsShownDisabledWithTheReason() {
        var levels = AssuranceLevelsFixture.levels(EIDAS, EIDAS, "2");

        assertThat(ProviderTile.decide("eid", "e-ID", "eidas1", null, levels, false, false).getDisabledWhy())
                .isEqualTo("bawabaChooserBelowLevel");
        assertThat(ProviderTile.decide("account", "Compte", "eidas2", null, levels, false, false).isUsable()).isTrue();
        assertThat(ProviderTile.decide("partner", "Partner", null, null, levels, false, false).getDisabledWhy())
                .as("a provider without a level cannot meet a request").isEqualTo("bawabaChooserBelowLevel");
    }

    @Test
    void withoutARequestEveryAvailableProviderCanBeChosen() {
        var levels = AssuranceLevelsFixture.levels(EIDAS, EIDAS, null);

        assertThat(ProviderTile.decide("partner", "Partner", null, "", levels, true, false))
                .satisfies(tile -> {
                    assertThat(tile.isUsable()).isTrue();
                    assertThat(tile.getStatus()).isEqualTo("available");
                    assertThat(tile.getLevel()).isEmpty();
                    assertThat(tile.isLastUsed()).isTrue();
                });
        assertThat(ProviderTile.decide("eid", "e-ID", "eidas1", "beta", levels, false, false).isUsable()).isTrue();
    }

    @Test
    void anUnavailableProviderIsDisabledWhateverItsLevel() {
        var levels = AssuranceLevelsFixture.levels(EIDAS, EIDAS, null);

        assertThat(ProviderTile.decide("account", "Compte", "eidas3", "unavailable", levels, false, false).getDisabledWhy())
                .isEqualTo("bawabaChooserUnavailable");
    }

    @Test
    void theClientsOwnNamesDecideAsTheBrokerDoes() {
        var levels = AssuranceLevelsFixture.levels(Map.of("faible", 1, "substantiel", 2, "eleve", 3), EIDAS, "2");

        assertThat(ProviderTile.decide("account", "Compte", "eidas2", null, levels, false, false).isUsable()).isTrue();
        assertThat(ProviderTile.decide("eid", "e-ID", "eidas1", null, levels, false, false).isUsable()).isFalse();
    }

    @Test
    void aProviderThePersonBlockedIsDisabledWithThatReasonFirst() {
        var levels = AssuranceLevelsFixture.levels(EIDAS, EIDAS, "2");

        ProviderTile blocked = ProviderTile.decide("eid", "e-ID", "eidas1", "unavailable", levels, false, true);
        assertThat(blocked.isUsable()).isFalse();
        assertThat(blocked.isBlockedByPerson()).isTrue();
        assertThat(blocked.getDisabledWhy()).as("the person's own choice is what they need to know")
                .isEqualTo("bawabaChooserBlockedByYou");
        assertThat(ProviderTile.decide("account", "Compte", "eidas2", null, levels, false, false).isBlockedByPerson()).isFalse();
    }
}
