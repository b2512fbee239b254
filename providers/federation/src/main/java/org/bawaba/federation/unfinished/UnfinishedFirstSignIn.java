package org.bawaba.federation.unfinished;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/**
 * The mark a first sign-in through a provider leaves on a front-door account until it finishes: the person proved
 * who they are at the provider, but has not yet come back to the relying party (the consent page is still open, or
 * was left). Either the sign-in created the account, or it linked the provider to an account that already existed.
 * The mark goes when the sign-in finishes; when it fails or is abandoned, what it added goes with it.
 */
public final class UnfinishedFirstSignIn {

    /** {@link #CREATED} or {@link #LINKED} while unfinished: exact values, so that the clean-up can search for them. */
    static final String MARK = "bawaba.unfinishedFirstSignIn";
    /** When the account was created or linked, in seconds (Keycloak's clock). */
    static final String SINCE = "bawaba.unfinishedFirstSignIn.since";
    /** For a link: the alias of the provider linked. */
    static final String PROVIDER = "bawaba.unfinishedFirstSignIn.provider";

    static final String CREATED = "created";
    static final String LINKED = "linked";

    private UnfinishedFirstSignIn() {
    }

    static void markCreated(UserModel account) {
        account.setSingleAttribute(MARK, CREATED);
        account.setSingleAttribute(SINCE, String.valueOf(Time.currentTime()));
    }

    /** Marks an existing account that a first sign-in through {@code providerAlias} is linking to. */
    public static void markLinked(UserModel account, String providerAlias) {
        if (isCreated(account)) {
            return;
        }
        account.setSingleAttribute(MARK, LINKED);
        account.setSingleAttribute(PROVIDER, providerAlias);
        account.setSingleAttribute(SINCE, String.valueOf(Time.currentTime()));
    }

    static boolean isCreated(UserModel account) {
        return CREATED.equals(account.getFirstAttribute(MARK));
    }

    /** The provider whose link is unfinished, or null. */
    static String linkedProvider(UserModel account) {
        return LINKED.equals(account.getFirstAttribute(MARK)) ? account.getFirstAttribute(PROVIDER) : null;
    }

    static void clear(UserModel account) {
        account.removeAttribute(MARK);
        account.removeAttribute(SINCE);
        account.removeAttribute(PROVIDER);
    }

    /** Whether the mark was set at or before {@code cutoff} (a mark with an unreadable time counts as old). */
    static boolean markedBefore(UserModel account, int cutoff) {
        try {
            return Integer.parseInt(account.getFirstAttribute(SINCE)) <= cutoff;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
