package org.bawaba.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them in Morocco: Latin digits in Arabic too, as on official papers, and the time isolated. */
final class SpaceLocales {

    private static final String LEFT_TO_RIGHT_ISOLATE = "\u2066";
    private static final String POP_ISOLATE = "\u2069";

    private SpaceLocales() {
    }

    static String dateTime(Instant instant, Locale language, ZoneId zone) {
        Locale locale = forDates(language);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone).format(instant);
        String time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(instant);
        if ("ar".equals(language.getLanguage())) {
            // "19:55" would otherwise be split around its colon in a right-to-left line.
            return date + "، " + LEFT_TO_RIGHT_ISOLATE + time + POP_ISOLATE;
        }
        return date + ", " + time;
    }

    static Locale forDates(Locale language) {
        return switch (language.getLanguage()) {
            case "ar" -> Locale.forLanguageTag("ar-MA-u-nu-latn");
            case "fr" -> Locale.forLanguageTag("fr-MA");
            default -> Locale.forLanguageTag(language.getLanguage() + "-MA");
        };
    }
}
