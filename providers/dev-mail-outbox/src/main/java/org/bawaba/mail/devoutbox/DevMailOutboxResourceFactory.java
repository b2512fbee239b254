package org.bawaba.mail.devoutbox;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** DEVELOPMENT ONLY: mounts {@link DevMailOutboxResource} at {@code /realms/{realm}/dev-mail-outbox}. */
public final class DevMailOutboxResourceFactory implements RealmResourceProviderFactory {

    public static final String ID = "dev-mail-outbox";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new DevMailOutboxResource(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
