package org.bawaba.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.bawaba.themes.MessageCatalog.MessageFile;
import org.junit.jupiter.api.Test;

/** The message files follow themes/GLOSSARY.md: no retired term, the Arabic brand between guillemets. */
class GlossaryTest {

    record Retired(String language, String term, String instead) {
        boolean usedIn(String text) {
            String haystack = normalized(text);
            String needle = normalized(term);
            if (!Character.isLetter(needle.codePointAt(0)) || language.equals("ar")) {
                return haystack.contains(needle);
            }
            // A Latin word: not inside a longer word ("support" is not in "supporter").
            return Pattern.compile("(?<!\\p{L})" + Pattern.quote(needle) + "(?!\\p{L})").matcher(haystack).find();
        }
    }

    /** The brand bare in Arabic text: «بوابة» everywhere but the logo's wordmark. */
    private static final Pattern BARE_ARABIC_BRAND = Pattern.compile("(?<!«)بوابة|بوابة(?!»)");
    private static final String WORDMARK = "<span class=\"bawaba-name\">بوابة</span>";

    @Test
    void theGlossaryRetiresTermsInEachLanguage() {
        assertThat(retired()).extracting(Retired::language).contains("fr", "ar", "en");
        assertThat(retired()).extracting(Retired::term).contains("mot de passe temporaire", "جوهري", "(s)");
    }

    @Test
    void noMessageUsesARetiredTerm() {
        List<Retired> retired = retired();
        List<String> failures = new ArrayList<>();
        for (String language : MessageCatalog.LANGUAGES) {
            for (MessageFile file : MessageCatalog.all(language)) {
                file.messages().forEach((key, text) -> retired.stream()
                        .filter(term -> term.language().equals(language) && term.usedIn(text))
                        .forEach(term -> failures.add(file + " " + key + ": \"" + term.term() + "\", use \""
                                + term.instead() + "\" (themes/GLOSSARY.md)")));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theArabicBrandIsWrittenAsAName() {
        List<String> failures = new ArrayList<>();
        for (MessageFile file : MessageCatalog.all("ar")) {
            file.messages().forEach((key, text) -> {
                if (BARE_ARABIC_BRAND.matcher(text.replace(WORDMARK, "")).find()) {
                    failures.add(file + " " + key + ": write the brand «بوابة»: " + text);
                }
            });
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCheckFindsARetiredTerm() {
        Retired temporary = new Retired("fr", "mot de passe temporaire", "mot de passe provisoire");
        assertThat(temporary.usedIn("Votre Mot de passe temporaire a expiré")).isTrue();
        assertThat(new Retired("fr", "support", "assistance").usedIn("les supports")).isFalse();
        assertThat(new Retired("ar", "مؤكد", "تم التحقق منه").usedIn("بريد إلكتروني مؤكَّد")).as("with a shadda").isTrue();
        assertThat(BARE_ARABIC_BRAND.matcher("سجّل الدخول بحسابك في بوابة").find()).isTrue();
        assertThat(BARE_ARABIC_BRAND.matcher("سجّل الدخول بحسابك في «بوابة»").find()).isFalse();
    }

    /** The "Retired terms" table of themes/GLOSSARY.md: | lang | retired | use instead |. */
    static List<Retired> retired() {
        List<String> lines;
        try {
            lines = Files.readAllLines(MessageCatalog.ROOT.resolve("themes/GLOSSARY.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Retired> retired = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inTable = line.equals("## Retired terms");
                continue;
            }
            String[] cells = line.split("\\|");
            if (inTable && cells.length >= 4 && MessageCatalog.LANGUAGES.contains(cells[1].trim())) {
                retired.add(new Retired(cells[1].trim(), cells[2].trim(), cells[3].trim()));
            }
        }
        return retired;
    }

    /** Lower case, without Arabic short vowels and shadda, without bidi isolates. */
    static String normalized(String text) {
        return ArabicReadingOrderTest.withoutIsolates(text).replaceAll("[\u064B-\u0652\u0670]", "").toLowerCase(Locale.ROOT);
    }
}
