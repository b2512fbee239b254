package org.bawaba.devoutbox.sms;

import java.io.IOException;
import java.time.Clock;

import org.bawaba.devoutbox.DevOutbox;
import org.bawaba.spi.sms.SmsFailure;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsMessage;
import org.bawaba.spi.sms.SmsOutcome;
import org.jboss.logging.Logger;

/** DEVELOPMENT ONLY: "sends" by writing the message to the {@link DevOutbox}. Nothing leaves the machine. */
public final class DevOutboxSmsGatewayProvider implements SmsGatewayProvider {

    private static final Logger LOG = Logger.getLogger(DevOutboxSmsGatewayProvider.class);

    private final DevOutbox outbox;
    private final Clock clock;

    DevOutboxSmsGatewayProvider(DevOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public DevOutbox outbox() {
        return outbox;
    }

    @Override
    public SmsOutcome send(SmsMessage message) {
        try {
            String id = outbox.write(message.to(), null, message.text(), message.reference(), clock.instant());
            LOG.infof("SMS to %s written to the development outbox, not sent", message.maskedRecipient());
            return SmsOutcome.sent(id);
        } catch (IOException e) {
            LOG.errorf("SMS to %s not written to the development outbox %s: %s", message.maskedRecipient(),
                    outbox.directory(), e.getClass().getSimpleName());
            return SmsOutcome.failed(SmsFailure.UNAVAILABLE, "development outbox not writable");
        }
    }

    @Override
    public void close() {
    }
}
