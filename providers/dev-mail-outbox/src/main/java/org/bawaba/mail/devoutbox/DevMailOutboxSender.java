package org.bawaba.mail.devoutbox;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;

/** DEVELOPMENT ONLY: "sends" a mail by writing it to the {@link DevMailOutbox}. Nothing leaves the machine. */
public final class DevMailOutboxSender implements EmailSenderProvider {

    private static final Logger LOG = Logger.getLogger(DevMailOutboxSender.class);

    private final DevMailOutbox outbox;
    private final Clock clock;

    DevMailOutboxSender(DevMailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    DevMailOutbox outbox() {
        return outbox;
    }

    @Override
    public void send(Map<String, String> config, String address, String subject, String textBody, String htmlBody)
            throws EmailException {
        if (address == null || address.isBlank()) {
            throw new EmailException("No recipient address");
        }
        try {
            outbox.write(new DevMailOutbox.Mail(address, subject, textBody, htmlBody, clock.instant()));
            LOG.info("A mail was written to the development outbox, not sent");
        } catch (IOException e) {
            throw new EmailException("The development mail outbox " + outbox.directory() + " is not writable", e);
        }
    }

    @Override
    public void validate(Map<String, String> config) {
        // Nothing to check: no server is contacted.
    }

    @Override
    public void close() {
    }
}
