package org.bawaba.spi.sms;

import java.util.Objects;

/** What the gateway did with a message: accepted it (with its id), or failed for a typed reason. */
public sealed interface SmsOutcome {

    static SmsOutcome sent(String messageId) {
        return new Sent(messageId);
    }

    static SmsOutcome failed(SmsFailure failure, String detail) {
        return new Failed(failure, detail);
    }

    default boolean isSent() {
        return this instanceof Sent;
    }

    record Sent(String messageId) implements SmsOutcome {
        public Sent {
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /**
     * @param detail for operators (logs, events): never the message text
     */
    record Failed(SmsFailure failure, String detail) implements SmsOutcome {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
