package org.bawaba.devoutbox;

import java.util.Optional;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** DEVELOPMENT ONLY: mounts a {@link DevOutboxResource} for the outbox of one channel, when it is the one in use. */
public abstract class DevOutboxResourceProviderFactory implements RealmResourceProviderFactory {

    /** The outbox, when the server really sends this channel's messages through it. */
    protected abstract Optional<DevOutbox> activeOutbox(KeycloakSession session);

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new DevOutboxResource(session, this::activeOutbox);
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
}
