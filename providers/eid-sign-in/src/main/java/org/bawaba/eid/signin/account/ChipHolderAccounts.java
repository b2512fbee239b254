package org.bawaba.eid.signin.account;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The e-ID realm's account of a holder: found by the username the chip gives, or created at the first verified
 * sign-in, then brought in line with what the document states (a renewed document may correct a name). It has no
 * password: the chip is its only way in.
 */
public final class ChipHolderAccounts {

    private ChipHolderAccounts() {
    }

    public static UserModel findOrCreate(KeycloakSession session, RealmModel realm, ChipIdentity identity) {
        UserModel user = session.users().getUserByUsername(realm, identity.username());
        if (user == null) {
            user = session.users().addUser(realm, identity.username());
            user.setEnabled(true);
        }
        String first = identity.attributes().get(ChipIdentity.FIRST_NAME);
        String last = identity.attributes().get(ChipIdentity.LAST_NAME);
        if (first != null && !first.equals(user.getFirstName())) {
            user.setFirstName(first);
        }
        if (last != null && !last.equals(user.getLastName())) {
            user.setLastName(last);
        }
        for (String attribute : ChipIdentity.PIVOT_ATTRIBUTES) {
            String value = identity.attributes().get(attribute);
            if (value == null) {
                user.removeAttribute(attribute);
            } else if (!value.equals(user.getFirstAttribute(attribute))) {
                user.setSingleAttribute(attribute, value);
            }
        }
        return user;
    }
}
