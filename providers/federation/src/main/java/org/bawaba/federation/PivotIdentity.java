package org.bawaba.federation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.UserModel;

/**
 * The pivot identity as compared between providers: given and family names, birth date, gender, birthplace and
 * birth country, every one of them present. Names and places are compared without case, accents, apostrophes or
 * hyphens ("Benani-El Idrissi" is "BENANI EL IDRISSI"), so that two providers spelling the same civil record
 * slightly differently still agree; anything else must be identical.
 */
public record PivotIdentity(String givenName, String familyName, String birthdate, String gender, String birthplace,
                            String birthcountry) {

    public static final String BIRTHDATE = "birthdate";
    public static final String GENDER = "gender";
    public static final String BIRTHPLACE = "birthplace";
    public static final String BIRTHCOUNTRY = "birthcountry";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’.]+");

    /** The identity a provider asserted, if it asserted all of it. */
    public static Optional<PivotIdentity> of(BrokeredIdentityContext context) {
        return of(context.getFirstName(), context.getLastName(), context.getUserAttribute(BIRTHDATE),
                context.getUserAttribute(GENDER), context.getUserAttribute(BIRTHPLACE), context.getUserAttribute(BIRTHCOUNTRY));
    }

    /** The identity a front-door account holds, if it holds all of it. */
    public static Optional<PivotIdentity> of(UserModel user) {
        return of(user.getFirstName(), user.getLastName(), user.getFirstAttribute(BIRTHDATE), user.getFirstAttribute(GENDER),
                user.getFirstAttribute(BIRTHPLACE), user.getFirstAttribute(BIRTHCOUNTRY));
    }

    static Optional<PivotIdentity> of(String givenName, String familyName, String birthdate, String gender,
                                      String birthplace, String birthcountry) {
        PivotIdentity identity = new PivotIdentity(name(givenName), name(familyName), exact(birthdate),
                exact(gender) == null ? null : exact(gender).toLowerCase(Locale.ROOT), name(birthplace),
                exact(birthcountry) == null ? null : exact(birthcountry).toUpperCase(Locale.ROOT));
        boolean complete = identity.givenName != null && identity.familyName != null && identity.birthdate != null
                && identity.gender != null && identity.birthplace != null && identity.birthcountry != null;
        return complete ? Optional.of(identity) : Optional.empty();
    }

    private static String name(String raw) {
        String value = exact(raw);
        if (value == null) {
            return null;
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD)).replaceAll("");
        String normalized = SEPARATORS.matcher(withoutMarks).replaceAll(" ").trim().toUpperCase(Locale.ROOT);
        return normalized.isEmpty() ? null : normalized;
    }

    private static String exact(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
