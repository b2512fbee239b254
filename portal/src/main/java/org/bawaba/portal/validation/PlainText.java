package org.bawaba.portal.validation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names, descriptions and comments are shown on the front door's pages and the portal's: plain text only. Markup
 * characters and control characters are refused rather than escaped, so what the integrator typed is what people
 * read everywhere.
 */
public final class PlainText {

    private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cntrl}&&[^\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    private PlainText() {
    }

    /** Checks a required single-line or multi-line text of at most {@code max} characters. */
    public static void required(String field, String value, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "text.required"));
            return;
        }
        optional(field, value, max, violations);
    }

    public static void optional(String field, String value, int max, List<Violation> violations) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            violations.add(Violation.of(field, "text.tooLong", max));
        } else if (MARKUP_OR_CONTROL.matcher(value).find()) {
            violations.add(Violation.of(field, "text.markup"));
        }
    }
}
