package org.bawaba.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a realm's languages a person asked for, from a space-separated list of language tags in order of
 * preference (OpenID Connect's {@code ui_locales}, or a provider's {@code locale} claim).
 */
public final class ChosenLanguage {

    private ChosenLanguage() {
    }

    /** The first requested tag whose language the realm supports, as that supported tag (e.g. "ar-MA" → "ar"). */
    public static Optional<String> among(String requestedTags, List<Locale> supported) {
        if (requestedTags == null || requestedTags.isBlank()) {
            return Optional.empty();
        }
        for (String tag : requestedTags.trim().split("\\s+")) {
            Locale requested = Locale.forLanguageTag(tag);
            Optional<Locale> exact = supported.stream().filter(requested::equals).findFirst();
            Optional<Locale> match = exact.or(() -> supported.stream()
                    .filter(locale -> !requested.getLanguage().isEmpty()
                            && locale.getLanguage().equals(requested.getLanguage()))
                    .findFirst());
            if (match.isPresent()) {
                return Optional.of(match.get().toLanguageTag());
            }
        }
        return Optional.empty();
    }
}
