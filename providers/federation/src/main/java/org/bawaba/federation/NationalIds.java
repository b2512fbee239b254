package org.bawaba.federation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** National identifiers as compared: upper case, without spaces, dashes or dots (e.g. "ab 123-456" is "AB123456"). */
public final class NationalIds {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]+");
    private static final Pattern ACCEPTED = Pattern.compile("^[A-Z0-9]{4,32}$");

    private NationalIds() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = SEPARATORS.matcher(raw.trim()).replaceAll("").toUpperCase(Locale.ROOT);
        return ACCEPTED.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
