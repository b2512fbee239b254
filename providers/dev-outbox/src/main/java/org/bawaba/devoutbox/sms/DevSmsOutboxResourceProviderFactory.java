package org.bawaba.devoutbox.sms;

import java.util.Optional;

import org.bawaba.devoutbox.DevOutbox;
import org.bawaba.devoutbox.DevOutboxResourceProviderFactory;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.keycloak.models.KeycloakSession;

/** DEVELOPMENT ONLY: the development outbox's texts at {@code /realms/{realm}/dev-sms-outbox/messages}. */
public final class DevSmsOutboxResourceProviderFactory extends DevOutboxResourceProviderFactory {

    public static final String ID = "dev-sms-outbox";

    @Override
    protected Optional<DevOutbox> activeOutbox(KeycloakSession session) {
        return session.getProvider(SmsGatewayProvider.class) instanceof DevOutboxSmsGatewayProvider devOutbox
                ? Optional.of(devOutbox.outbox()) : Optional.empty();
    }

    @Override
    public String getId() {
        return ID;
    }
}
