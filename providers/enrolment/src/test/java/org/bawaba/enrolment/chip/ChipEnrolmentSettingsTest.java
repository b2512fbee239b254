package org.bawaba.enrolment.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bawaba.authenticator.Progress;
import org.bawaba.eid.signin.verification.DocumentKind;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class ChipEnrolmentSettingsTest {

    @Test
    void theDefaultsOfferTheThreeModesOfSeed000ForMoroccanDocumentsWithActiveAuthentication() {
        ChipEnrolmentSettings settings = ChipEnrolmentSettings.from(null);
        assertThat(settings.modes()).containsExactly(IdentificationMode.CARD_AND_FACE,
                IdentificationMode.PERMIT_AND_FACE, IdentificationMode.CNIE_AND_PIN);
        assertThat(settings.issuingState()).isEqualTo("MAR");
        assertThat(settings.acceptWithoutActiveAuthentication()).isFalse();
    }

    @Test
    void theModesSayWhatThePhoneReadsAndSends() {
        assertThat(IdentificationMode.CARD_AND_FACE.documents()).containsExactly(DocumentKind.IDENTITY_CARD);
        assertThat(IdentificationMode.PERMIT_AND_FACE.documents()).containsExactly(DocumentKind.RESIDENCE_PERMIT);
        assertThat(IdentificationMode.CNIE_AND_PIN.selfie()).isFalse();
        assertThat(IdentificationMode.CNIE_AND_PIN.pin()).isTrue();
        assertThat(IdentificationMode.fromApiName("cnie-and-pin")).contains(IdentificationMode.CNIE_AND_PIN);
        assertThat(IdentificationMode.fromApiName("passport")).isEmpty();
    }

    @Test
    void anOperatorNarrowsTheModesAndOutOfRangeLimitsAreRefused() {
        AuthenticatorConfigModel config = new AuthenticatorConfigModel();
        config.setConfig(Map.of(ChipEnrolmentSettings.MODES, "cnie-and-pin", ChipEnrolmentSettings.ISSUING_STATE, ""));
        ChipEnrolmentSettings narrowed = ChipEnrolmentSettings.from(config);
        assertThat(narrowed.modes()).containsExactly(IdentificationMode.CNIE_AND_PIN);
        assertThat(narrowed.issuingState()).as("any trusted state").isEmpty();
        config.setConfig(Map.of(ChipEnrolmentSettings.TRANSACTION_SECONDS, "5"));
        assertThatThrownBy(() -> ChipEnrolmentSettings.from(config)).hasMessageContaining("60 to 900");
        config.setConfig(Map.of(ChipEnrolmentSettings.MODES, "none"));
        assertThatThrownBy(() -> ChipEnrolmentSettings.from(config)).hasMessageContaining(ChipEnrolmentSettings.MODES);
    }

    @Test
    void stepsAreCountedNOfM() {
        assertThat(Progress.parse("3/7")).containsExactly(3, 7);
        assertThat(Progress.next("3/7", 2)).isEqualTo("5/7");
        assertThat(Progress.next("7/7", 1)).isEqualTo("7/7");
        assertThat(Progress.parse("8/7")).isNull();
        assertThat(Progress.parse("")).isNull();
        assertThat(Progress.next("", 1)).isEmpty();
    }
}
