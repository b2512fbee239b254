package org.bawaba.password.admin;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

public class TemporaryPasswordAdminResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    public TemporaryPasswordAdminResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new TemporaryPasswordAdminResource(session);
    }

    @Override
    public void close() {
    }
}
