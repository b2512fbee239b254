package org.bawaba.portal.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's texts in French (the default), Arabic and English, chosen from the request's languages. */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("fr", "ar", "en");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages.portal", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages in(String language) {
        return new Messages(Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "fr"));
    }

    /** The first of fr, ar, en that the person accepts, in their order of preference; French otherwise. */
    public static Messages forAcceptLanguage(List<Locale> acceptable) {
        for (Locale candidate : acceptable) {
            if (LANGUAGES.contains(candidate.getLanguage())) {
                return in(candidate.getLanguage());
            }
        }
        return in("fr");
    }

    public String language() {
        return locale.getLanguage();
    }

    /** A text without arguments, for templates. */
    public String t(String key) {
        return get(key);
    }

    /** A text with one argument, for templates. */
    public String t(String key, Object argument) {
        return get(key, argument);
    }

    /** The text of key {@code prefix + name}, for templates. */
    public String tk(String prefix, String name) {
        return get(prefix + name);
    }

    /** What is wrong, as the person reads it. */
    public String of(org.bawaba.portal.validation.Violation violation) {
        return get(violation.key(), violation.arguments().toArray());
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
