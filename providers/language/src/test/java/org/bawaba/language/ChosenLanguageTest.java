package org.bawaba.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ChosenLanguageTest {

    private static final List<Locale> BAWABA = List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("ar"),
            Locale.forLanguageTag("en"));

    @Test
    void takesTheFirstRequestedLanguageTheRealmSupports() {
        assertThat(ChosenLanguage.among("de ar en", BAWABA)).contains("ar");
        assertThat(ChosenLanguage.among("en", BAWABA)).contains("en");
    }

    @Test
    void aRegionalVariantMeansItsLanguage() {
        assertThat(ChosenLanguage.among("ar-MA", BAWABA)).contains("ar");
        assertThat(ChosenLanguage.among("fr-FR en", BAWABA)).contains("fr");
    }

    @Test
    void anExactRegionalMatchIsPreferred() {
        List<Locale> regional = List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("fr-CA"));
        assertThat(ChosenLanguage.among("fr-CA", regional)).contains("fr-CA");
    }

    @Test
    void nothingWhenNoRequestedLanguageIsSupportedOrNoneIsGiven() {
        assertThat(ChosenLanguage.among("de es", BAWABA)).isEmpty();
        assertThat(ChosenLanguage.among("  ", BAWABA)).isEmpty();
        assertThat(ChosenLanguage.among(null, BAWABA)).isEmpty();
        assertThat(ChosenLanguage.among("*", BAWABA)).isEmpty();
    }
}
