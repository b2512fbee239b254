package org.bawaba.federation.chooser;

import java.util.Optional;

import org.bawaba.authenticator.BrowserDevice;
import org.bawaba.federation.blocking.BlockedSignIn;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Whose login the chooser is showing, when that is known without asking: the account of this login (a step-up), the
 * account whose sign-in through a blocked provider was just refused in this login, the account of the browser's live
 * session at the front door ({@code prompt=login}), or the one account that has signed in on this browser. A browser
 * several accounts signed in on names none of them.
 */
final class KnownPerson {

    private KnownPerson() {
    }

    static Optional<UserModel> of(AuthenticationFlowContext context) {
        if (context.getUser() != null) {
            return Optional.of(context.getUser());
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String refused = context.getAuthenticationSession().getClientNote(BlockedSignIn.REFUSED_ACCOUNT_NOTE);
        if (refused != null) {
            UserModel account = session.users().getUserById(realm, refused);
            if (account != null) {
                return Optional.of(account);
            }
        }
        AuthResult live = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        if (live != null) {
            return Optional.of(live.user());
        }
        return BrowserDevice.soleAccount(session, realm);
    }
}
