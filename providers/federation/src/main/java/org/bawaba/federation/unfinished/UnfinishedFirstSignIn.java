package org.bawaba.federation.unfinished;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/**
 * The mark on a front-door account that a first sign-in created and has not finished: the person proved who they
 * are at a provider, but has not yet come back to the relying party (the consent page is still open, or was left).
 * The mark goes when the sign-in finishes; an account still marked when the sign-in fails or is abandoned is removed.
 */
final class UnfinishedFirstSignIn {

    /** "true" while unfinished: an exact value, so that the clean-up can search for it. */
    static final String MARK = "bawaba.unfinishedFirstSignIn";
    /** When the account was created, in seconds (Keycloak's clock). */
    static final String SINCE = "bawaba.unfinishedFirstSignIn.since";

    private UnfinishedFirstSignIn() {
    }

    static void mark(UserModel account) {
        account.setSingleAttribute(MARK, "true");
        account.setSingleAttribute(SINCE, String.valueOf(Time.currentTime()));
    }

    static boolean isMarked(UserModel account) {
        return "true".equals(account.getFirstAttribute(MARK));
    }

    static void clear(UserModel account) {
        account.removeAttribute(MARK);
        account.removeAttribute(SINCE);
    }

    /** Whether the account was created at or before {@code cutoff} (an account with an unreadable time counts as old). */
    static boolean createdBefore(UserModel account, int cutoff) {
        try {
            return Integer.parseInt(account.getFirstAttribute(SINCE)) <= cutoff;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
