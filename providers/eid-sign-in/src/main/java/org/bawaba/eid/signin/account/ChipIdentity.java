package org.bawaba.eid.signin.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bawaba.eid.verifier.identity.ExtractedIdentity;
import org.bawaba.eid.verifier.mrz.IcaoCountryCodes;
import org.keycloak.util.JsonSerialization;

/**
 * The holder as the e-ID realm keeps them: a username from the national identifier, and the pivot identity read
 * from the authenticated DG1 and DG11, as user attributes of the realm's user profile. Names are kept as the
 * document prints them. Nothing else of the document (its number, the portrait) is kept. {@code toString()} is
 * redacted.
 *
 * @param attributes user attribute name to value; absent when the document does not state it
 */
public record ChipIdentity(String username, Map<String, String> attributes) {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String GIVEN_NAME_AR = "given_name_ar";
    public static final String FAMILY_NAME_AR = "family_name_ar";
    public static final String BIRTHDATE = "birthdate";
    public static final String GENDER = "gender";
    public static final String BIRTHPLACE = "birthplace";
    public static final String BIRTHCOUNTRY = "birthcountry";
    public static final String NATIONAL_ID = "national_id";
    /** The attributes a sign-in sets, and clears when the document no longer states them. */
    public static final List<String> PIVOT_ATTRIBUTES = List.of(GIVEN_NAME_AR, FAMILY_NAME_AR, BIRTHDATE, GENDER,
            BIRTHPLACE, BIRTHCOUNTRY, NATIONAL_ID);

    /** The state whose identity card number is the national identifier the front door links accounts by. */
    static final String NATIONAL_ID_STATE = "MAR";

    public ChipIdentity {
        attributes = Map.copyOf(attributes);
    }

    public static ChipIdentity of(ExtractedIdentity document) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String[] latin = split(document.fullNameLatin(), document.primaryIdentifier(), document.secondaryIdentifier());
        put(attributes, LAST_NAME, latin[0]);
        put(attributes, FIRST_NAME, latin[1]);
        if (document.fullNameArabic() != null) {
            String[] arabic = split(document.fullNameArabic(), null, null);
            put(attributes, FAMILY_NAME_AR, arabic[0]);
            put(attributes, GIVEN_NAME_AR, arabic[1]);
        }
        LocalDate birth = document.dateOfBirth();
        put(attributes, BIRTHDATE, birth == null ? null : birth.toString());
        put(attributes, GENDER, switch (document.sex() == null ? "" : document.sex()) {
            case "F" -> "female";
            case "M" -> "male";
            default -> null;
        });
        List<String> place = document.placeOfBirth();
        if (!place.isEmpty()) {
            put(attributes, BIRTHPLACE, clean(place.get(0)));
            if (place.size() > 1) {
                put(attributes, BIRTHCOUNTRY, IcaoCountryCodes.toAlpha2(clean(place.get(place.size() - 1))));
            }
        }
        String personalNumber = document.personalNumber() == null ? null
                : document.personalNumber().replace("<", "").trim().toUpperCase(Locale.ROOT);
        boolean nationalId = NATIONAL_ID_STATE.equals(document.issuingState()) && personalNumber != null
                && personalNumber.matches("[A-Z0-9]{4,32}");
        if (nationalId) {
            put(attributes, NATIONAL_ID, personalNumber);
        }
        String username = nationalId ? personalNumber
                : (document.issuingState() + "-" + document.documentNumber()).replace("<", "");
        return new ChipIdentity(username.toLowerCase(Locale.ROOT), attributes);
    }

    public String toJson() {
        try {
            return JsonSerialization.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ChipIdentity fromJson(String json) {
        try {
            return JsonSerialization.readValue(json, ChipIdentity.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "SURNAME<<GIVEN<NAMES" (DG11, ICAO 9303-10) as {surname, given names}; the MRZ fields when there is none. */
    private static String[] split(String full, String primary, String secondary) {
        if (full != null && !full.isBlank()) {
            int separator = full.indexOf("<<");
            return separator < 0 ? new String[] {clean(full), null}
                    : new String[] {clean(full.substring(0, separator)), clean(full.substring(separator + 2))};
        }
        return new String[] {clean(primary), clean(secondary)};
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String spaced = value.replace('<', ' ').replaceAll("\\s+", " ").trim();
        return spaced.isEmpty() ? null : spaced;
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }

    @Override
    public String toString() {
        return "ChipIdentity[<personal data redacted>]";
    }
}
