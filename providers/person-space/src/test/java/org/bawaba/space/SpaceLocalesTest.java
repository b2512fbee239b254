package org.bawaba.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SpaceLocalesTest {

    private static final Instant EVENING = Instant.parse("2026-12-07T18:55:00Z");
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Test
    void datesAreInTheTimeZoneOfThePersonNotOfTheServer() {
        assertThat(SpaceLocales.dateTime(EVENING, Locale.ENGLISH, CASABLANCA)).isEqualTo("December 7, 2026, 19:55");
        assertThat(SpaceLocales.dateTime(EVENING, Locale.ENGLISH, ZoneId.of("UTC"))).isEqualTo("December 7, 2026, 18:55");
    }

    @Test
    void frenchUsesFrenchMonths() {
        assertThat(SpaceLocales.dateTime(EVENING, Locale.FRENCH, CASABLANCA)).isEqualTo("7 décembre 2026, 19:55");
    }

    @Test
    void arabicUsesLatinDigitsAndIsolatesTheTime() {
        String arabic = SpaceLocales.dateTime(EVENING, Locale.forLanguageTag("ar"), CASABLANCA);
        assertThat(arabic).isEqualTo("7 دجنبر 2026، \u206619:55\u2069");
        assertThat(arabic).doesNotContainPattern("[\u0660-\u0669]");
    }
}
