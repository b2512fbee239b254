package org.bawaba.password.temporary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemporaryPasswordMarkTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration THREE_DAYS = Duration.ofHours(72);

    @Test
    void markCountsOnlyForTheCredentialVersionItNames() {
        long created = ISSUED.toEpochMilli();

        assertThat(TemporaryPasswordMark.issuedAt(Long.toString(created), created)).contains(ISSUED);
        assertThat(TemporaryPasswordMark.issuedAt(Long.toString(created), created + 1)).isEmpty();
        assertThat(TemporaryPasswordMark.issuedAt(null, created)).isEmpty();
        assertThat(TemporaryPasswordMark.issuedAt(Long.toString(created), null)).isEmpty();
        assertThat(TemporaryPasswordMark.issuedAt("not-a-number", created)).isEmpty();
    }

    @Test
    void expiresOnlyAfterTheMaximumAge() {
        assertThat(TemporaryPasswordMark.isExpired(ISSUED, ISSUED.plus(Duration.ofHours(71)), THREE_DAYS)).isFalse();
        assertThat(TemporaryPasswordMark.isExpired(ISSUED, ISSUED.plus(THREE_DAYS), THREE_DAYS)).isFalse();
        assertThat(TemporaryPasswordMark.isExpired(ISSUED, ISSUED.plus(THREE_DAYS).plusSeconds(1), THREE_DAYS)).isTrue();
        assertThat(TemporaryPasswordMark.isExpired(ISSUED, ISSUED.plus(Duration.ofHours(73)), THREE_DAYS)).isTrue();
    }

    @Test
    void realmSettingsDefaultToThreeDaysAndFourteenCharacters() {
        TemporaryPasswordSettings defaults = TemporaryPasswordSettings.fromRealmAttributes(name -> null);
        assertThat(defaults.maxAge()).isEqualTo(THREE_DAYS);
        assertThat(defaults.length()).isEqualTo(14);

        Map<String, String> realm = Map.of(
                TemporaryPasswordSettings.MAX_AGE_HOURS_ATTRIBUTE, "24",
                TemporaryPasswordSettings.LENGTH_ATTRIBUTE, "8");
        TemporaryPasswordSettings configured = TemporaryPasswordSettings.fromRealmAttributes(realm::get);
        assertThat(configured.maxAge()).isEqualTo(Duration.ofHours(24));
        assertThat(configured.length()).as("never below twelve").isEqualTo(12);

        assertThat(TemporaryPasswordSettings.fromRealmAttributes(
                Map.of(TemporaryPasswordSettings.MAX_AGE_HOURS_ATTRIBUTE, "-5")::get).maxAge()).isEqualTo(THREE_DAYS);
    }
}
