package org.bawaba.enrolment.terms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The terms accepted in this login, per document: the version and the time. The account created at the end records
 * them in {@value #ATTRIBUTE}, one value per document: "{@code <document> <version> <instant>}".
 */
public final class AcceptedTerms {

    public static final String ATTRIBUTE = "bawaba_terms_accepted";
    private static final String NOTE = "bawaba.enrol.terms";

    private AcceptedTerms() {
    }

    static void accept(AuthenticationSessionModel authSession, String document, String version, long epochSeconds) {
        Map<String, String> accepted = read(authSession);
        accepted.put(document, version + " " + Instant.ofEpochSecond(epochSeconds));
        List<String> entries = new ArrayList<>();
        accepted.forEach((name, value) -> entries.add(name + " " + value));
        authSession.setAuthNote(NOTE, String.join("\n", entries));
    }

    /** Whether every one of these documents was accepted in this login. */
    public static boolean acceptedAll(AuthenticationSessionModel authSession, List<String> documents) {
        return read(authSession).keySet().containsAll(documents);
    }

    public static boolean acceptedAny(AuthenticationSessionModel authSession) {
        return !read(authSession).isEmpty();
    }

    /** Writes what was accepted onto the new account. */
    public static void record(AuthenticationSessionModel authSession, UserModel user) {
        List<String> values = new ArrayList<>();
        read(authSession).forEach((document, value) -> values.add(document + " " + value));
        user.setAttribute(ATTRIBUTE, values);
    }

    private static Map<String, String> read(AuthenticationSessionModel authSession) {
        Map<String, String> accepted = new LinkedHashMap<>();
        String note = authSession.getAuthNote(NOTE);
        if (note != null) {
            for (String line : note.split("\n")) {
                String[] parts = line.split(" ", 2);
                if (parts.length == 2) {
                    accepted.put(parts[0], parts[1]);
                }
            }
        }
        return accepted;
    }
}
