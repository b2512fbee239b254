package org.bawaba.device.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SignInNamesTest {

    /** 7 December 2026, 22:30 UTC: 23:30 in Casablanca (UTC+1), already the 8th in no zone ahead of it. */
    private static final long LATE_EVENING = ZonedDateTime.parse("2026-12-07T22:30:00Z").toInstant().toEpochMilli();

    @Test
    void timesAreMoroccosInTheWordsOfTheLanguage() {
        assertThat(SignInNames.when(LATE_EVENING, Locale.FRENCH)).contains("7 décembre 2026").contains("23:30");
        assertThat(SignInNames.when(LATE_EVENING, Locale.ENGLISH)).contains("7 December 2026").contains("23:30");
        String arabic = SignInNames.when(LATE_EVENING, Locale.forLanguageTag("ar"));
        assertThat(arabic).as("Morocco's month names").contains("دجنبر").contains("2026").contains("23:30");
        assertThat(arabic).as("digits 0-9, as Morocco writes them").doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
    }
}
