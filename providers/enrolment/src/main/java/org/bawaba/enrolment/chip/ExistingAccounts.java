package org.bawaba.enrolment.chip;

import java.util.Optional;

import org.bawaba.eid.signin.account.ChipIdentity;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The account a person already has in this realm: the login the chip gives, or the same national identifier. */
public final class ExistingAccounts {

    private ExistingAccounts() {
    }

    public static Optional<UserModel> of(KeycloakSession session, RealmModel realm, ChipIdentity identity) {
        UserModel byUsername = session.users().getUserByUsername(realm, identity.username());
        if (byUsername != null) {
            return Optional.of(byUsername);
        }
        String nationalId = identity.attributes().get(ChipIdentity.NATIONAL_ID);
        if (nationalId == null) {
            return Optional.empty();
        }
        return session.users().searchForUserByUserAttributeStream(realm, ChipIdentity.NATIONAL_ID, nationalId)
                .findFirst();
    }
}
