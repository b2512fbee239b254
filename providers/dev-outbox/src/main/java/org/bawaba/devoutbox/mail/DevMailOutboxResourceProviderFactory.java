package org.bawaba.devoutbox.mail;

import java.util.Optional;

import org.bawaba.devoutbox.DevOutbox;
import org.bawaba.devoutbox.DevOutboxResourceProviderFactory;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;

/** DEVELOPMENT ONLY: the development outbox's mails at {@code /realms/{realm}/dev-mail-outbox/messages}. */
public final class DevMailOutboxResourceProviderFactory extends DevOutboxResourceProviderFactory {

    public static final String ID = "dev-mail-outbox";

    @Override
    protected Optional<DevOutbox> activeOutbox(KeycloakSession session) {
        return session.getProvider(EmailSenderProvider.class) instanceof DevOutboxEmailSender devOutbox
                ? Optional.of(devOutbox.outbox()) : Optional.empty();
    }

    @Override
    public String getId() {
        return ID;
    }
}
