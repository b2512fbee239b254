package org.bawaba.devoutbox.mail;

import java.time.Clock;

import org.bawaba.devoutbox.DevOutbox;
import org.bawaba.devoutbox.DevOutboxProviderFactory;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * DEVELOPMENT ONLY: mails are written to disk, never sent. Exists only when the server is started (or built) with
 * {@code --spi-email-sender--dev-outbox--enabled=true}, and is used only when also selected with
 * {@code --spi-email-sender--provider=dev-outbox}; otherwise Keycloak's SMTP sender stays the one in use.
 */
public final class DevOutboxEmailSenderFactory extends DevOutboxProviderFactory implements EmailSenderProviderFactory {

    public DevOutboxEmailSenderFactory() {
        super(DevOutbox.Channel.MAIL, "email-sender", DevMailOutboxResourceProviderFactory.ID);
    }

    @Override
    public EmailSenderProvider create(KeycloakSession session) {
        return new DevOutboxEmailSender(outbox(), Clock.systemUTC());
    }
}
