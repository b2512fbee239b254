package org.bawaba.demo.web;

import java.util.Locale;

/** The three languages of the demo pages. Arabic is written right to left. */
public enum Language {
    FR("fr", "Français", false),
    AR("ar", "العربية", true),
    EN("en", "English", false);

    private final String tag;
    private final String ownName;
    private final boolean rightToLeft;

    Language(String tag, String ownName, boolean rightToLeft) {
        this.tag = tag;
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String ownName() {
        return ownName;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** The explicit choice (?lang=) if valid, else the first supported language of Accept-Language, else French. */
    public static Language resolve(String explicit, String acceptLanguage) {
        Language chosen = byTag(explicit);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String tag = range.split(";", 2)[0].trim();
                Language accepted = byTag(tag.split("-", 2)[0]);
                if (accepted != null) {
                    return accepted;
                }
            }
        }
        return FR;
    }

    public static Language byTag(String tag) {
        if (tag == null) {
            return null;
        }
        String lower = tag.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.equals(lower)) {
                return language;
            }
        }
        return null;
    }
}
