package org.bawaba.sms.devoutbox;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** DEVELOPMENT ONLY: mounts {@link DevSmsOutboxResource} at {@code /realms/{realm}/dev-sms-outbox}. */
public final class DevSmsOutboxResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "dev-sms-outbox";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new DevSmsOutboxResource(session);
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
