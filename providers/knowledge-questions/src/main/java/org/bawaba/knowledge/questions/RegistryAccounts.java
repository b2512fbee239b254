package org.bawaba.knowledge.questions;

import java.util.Locale;
import java.util.Optional;

import org.bawaba.spi.registry.RegisteredPerson;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The account made for a registry person: linked by the registry's person id, its login the registration number. */
public final class RegistryAccounts {

    /** User attribute: the registry's id of the person the account was made for. */
    public static final String PERSON_ATTRIBUTE = "bawaba_registry_person";
    static final String NATIONAL_ID_ATTRIBUTE = "national_id";

    private RegistryAccounts() {
    }

    public static String username(RegisteredPerson person) {
        return person.registrationNumber().toLowerCase(Locale.ROOT);
    }

    /**
     * The person's account, if they have one: linked to their record, or holding their login or their national ID
     * (an account made another way, by an administrator or an import).
     */
    public static Optional<UserModel> existing(KeycloakSession session, RealmModel realm, RegisteredPerson person) {
        Optional<UserModel> linked = session.users()
                .searchForUserByUserAttributeStream(realm, PERSON_ATTRIBUTE, person.personId()).findFirst();
        if (linked.isPresent()) {
            return linked;
        }
        UserModel byLogin = session.users().getUserByUsername(realm, username(person));
        if (byLogin != null) {
            return Optional.of(byLogin);
        }
        return session.users()
                .searchForUserByUserAttributeStream(realm, NATIONAL_ID_ATTRIBUTE, person.identity().nationalId())
                .findFirst();
    }
}
