package org.bawaba.enrolment.passport;

import java.util.Optional;

import org.bawaba.eid.signin.account.ChipIdentity;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The pension file number typed in this account creation (the account's login, seed 001), and whether the passport
 * read is a foreign one: it names no Moroccan national identifier, so its holder's code goes by email.
 */
public final class PensionFile {

    private static final String NOTE = "bawaba.enrol.passport.fileNumber";

    private PensionFile() {
    }

    static void typed(AuthenticationSessionModel authSession, String fileNumber) {
        authSession.setAuthNote(NOTE, fileNumber);
    }

    public static Optional<String> of(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getAuthNote(NOTE));
    }

    static void forget(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(NOTE);
    }

    public static boolean foreign(ChipIdentity identity) {
        return identity.attributes().get(ChipIdentity.NATIONAL_ID) == null;
    }
}
