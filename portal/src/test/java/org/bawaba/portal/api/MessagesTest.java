package org.bawaba.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyTextExistsInFrenchArabicAndEnglish() throws IOException {
        Properties fr = load("fr");
        assertThat(load("ar").stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
        assertThat(load("en").stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
    }

    @Test
    void theCallersFirstKnownLanguageIsUsedAndFrenchOtherwise() {
        assertThat(Messages.forAcceptLanguage(java.util.List.of(java.util.Locale.GERMAN, java.util.Locale.forLanguageTag("ar-MA")))
                .language()).isEqualTo("ar");
        assertThat(Messages.forAcceptLanguage(java.util.List.of(java.util.Locale.GERMAN)).language()).isEqualTo("fr");
        assertThat(Messages.in("en").get("text.tooLong", 1000)).isEqualTo("This field may not be longer than 1000 characters.");
        assertThat(Messages.in("fr").get("problem.notFound")).isEqualTo("Cette application n’existe pas.");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/portal_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
