package org.bawaba.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The sandbox realm's fictitious people: users marked {@value #FICTITIOUS}, each standing for a sign-in through one of
 * the front door's providers ({@value #PROVIDER}) at one level of assurance ({@value #LEVEL}, a name of the realm's
 * {@code acr.loa.map}).
 */
public final class FictitiousPeople {

    public static final String FICTITIOUS = "bawaba_fictitious";
    public static final String LEVEL = "bawaba_sandbox_level";
    public static final String PROVIDER = "bawaba_sandbox_provider";
    /** Realm attribute that marks a realm as a sandbox: the only realms where this step signs anyone in. */
    public static final String SANDBOX_REALM = "bawaba.sandbox";

    private FictitiousPeople() {
    }

    public static boolean isSandbox(RealmModel realm) {
        return Boolean.parseBoolean(realm.getAttribute(SANDBOX_REALM));
    }

    public static boolean isFictitious(UserModel user) {
        return user != null && user.isEnabled() && Boolean.parseBoolean(user.getFirstAttribute(FICTITIOUS));
    }

    /** The fictitious people, lowest level first, then by family and given name, at most {@code max}. */
    public static List<UserModel> list(KeycloakSession session, RealmModel realm, Map<String, Integer> levels, int max) {
        return session.users().searchForUserByUserAttributeStream(realm, FICTITIOUS, "true")
                .filter(FictitiousPeople::isFictitious)
                .sorted(Comparator.comparingInt((UserModel user) -> rank(levels, user))
                        .thenComparing(user -> String.valueOf(user.getLastName()))
                        .thenComparing(user -> String.valueOf(user.getFirstName())))
                .limit(max)
                .toList();
    }

    /** The rank of the person's level in the map; 0 for none. */
    public static int rank(Map<String, Integer> levels, UserModel user) {
        String level = user.getFirstAttribute(LEVEL);
        return level == null ? 0 : levels.getOrDefault(level, 0);
    }
}
