package org.bawaba.broker.e2e.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Users made for one test: unique names, so tests neither share state nor depend on order. */
public final class TestUsers {

    public static final String PASSWORD = "Test-only-pw-2026!";

    private TestUsers() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an enabled user with {@link #PASSWORD}; attributes may hold phone_number etc. */
    public static UserRepresentation create(RealmResource realm, String username, String email, boolean emailVerified,
                                            Map<String, List<String>> attributes) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(email);
        user.setEmailVerified(emailVerified);
        user.setFirstName("Test");
        user.setLastName("Person");
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm.users().create(user)) {
            if (created.getStatus() != 201) {
                throw new AssertionError("user not created: " + created.getStatus() + " " + created.readEntity(String.class));
            }
        }
        return realm.users().searchByUsername(username, true).get(0);
    }
}
