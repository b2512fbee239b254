package org.bawaba.devoutbox.mail;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import org.bawaba.devoutbox.DevOutbox;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;

/** DEVELOPMENT ONLY: "sends" a mail by writing it to the {@link DevOutbox}. Nothing leaves the machine. */
public final class DevOutboxEmailSender implements EmailSenderProvider {

    private static final Logger LOG = Logger.getLogger(DevOutboxEmailSender.class);

    private final DevOutbox outbox;
    private final Clock clock;

    DevOutboxEmailSender(DevOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    DevOutbox outbox() {
        return outbox;
    }

    /** Keeps the text version only: the outbox page shows it, and never renders a mail's HTML. */
    @Override
    public void send(Map<String, String> config, String address, String subject, String textBody, String htmlBody)
            throws EmailException {
        if (address == null || address.isBlank()) {
            throw new EmailException("No recipient address");
        }
        try {
            outbox.write(address, subject, textBody, null, clock.instant());
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
