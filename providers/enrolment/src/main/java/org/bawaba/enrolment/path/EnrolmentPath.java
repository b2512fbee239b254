package org.bawaba.enrolment.path;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A way to create an account: with a chip e-ID (J2), with a biometric passport (J3), or by questions against a
 * relying party's records (J4). The relying party says which it allows; the person picks one when it allows several.
 */
public enum EnrolmentPath {
    CHIP,
    PASSPORT,
    QUESTIONS;

    static final String CHOSEN_NOTE = "bawaba.enrol.path";

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EnrolmentPath> fromApiName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (EnrolmentPath path : values()) {
            if (path.apiName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Paths named in a list separated by spaces, commas or ##; unknown names are left out. */
    public static Set<EnrolmentPath> parse(String list) {
        Set<EnrolmentPath> paths = new LinkedHashSet<>();
        if (list != null) {
            for (String name : list.split("[\\s,#]+")) {
                fromApiName(name).ifPresent(paths::add);
            }
        }
        return paths;
    }

    /** The path this login follows, once chosen. */
    public static Optional<EnrolmentPath> chosen(AuthenticationSessionModel authSession) {
        String value = authSession.getAuthNote(CHOSEN_NOTE);
        return value == null ? Optional.empty() : Optional.of(valueOf(value));
    }

    static void choose(AuthenticationSessionModel authSession, EnrolmentPath path) {
        authSession.setAuthNote(CHOSEN_NOTE, path.name());
    }
}
