package org.bawaba.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class NationalIdsTest {

    @Test
    void normalizesCaseAndSeparators() {
        assertThat(NationalIds.normalize(" ab 123-456 ")).contains("AB123456");
        assertThat(NationalIds.normalize("BE.987.654")).contains("BE987654");
    }

    @Test
    void refusesEmptyOrForeignValues() {
        assertThat(NationalIds.normalize(null)).isEmpty();
        assertThat(NationalIds.normalize("  ")).isEmpty();
        assertThat(NationalIds.normalize("AB12<script>")).isEmpty();
    }

    @Test
    void settingsDefaultToTheBuiltInProviders() {
        IdentityLinkSettings settings = IdentityLinkSettings.from(null);
        assertThat(settings.attribute()).isEqualTo("national_id");
        assertThat(settings.trusts("account")).isTrue();
        assertThat(settings.trusts("eid")).isTrue();
        assertThat(settings.trusts("partner")).isFalse();
    }

    @Test
    void settingsReadTheConfiguration() {
        AuthenticatorConfigModel config = new AuthenticatorConfigModel();
        config.setConfig(Map.of(IdentityLinkSettings.ATTRIBUTE, "cnie", IdentityLinkSettings.TRUSTED_PROVIDERS, "eid##Partner"));
        IdentityLinkSettings settings = IdentityLinkSettings.from(config);
        assertThat(settings.attribute()).isEqualTo("cnie");
        assertThat(settings.trusts("partner")).isTrue();
        assertThat(settings.trusts("account")).isFalse();
    }
}
