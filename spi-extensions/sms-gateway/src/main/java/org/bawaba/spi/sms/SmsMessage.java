package org.bawaba.spi.sms;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text for one recipient.
 *
 * @param to        the recipient in E.164 form, e.g. {@code +212612345678}
 * @param text      the text; it may hold a secret, so providers must not log it
 * @param reference an opaque id the caller chose (for the gateway's idempotency or delivery reports)
 */
public record SmsMessage(String to, String text, String reference) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public SmsMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        if (!E164.matcher(to).matches()) {
            throw new IllegalArgumentException("not an E.164 number");
        }
    }

    @Override
    public String toString() {
        return "SmsMessage[to=" + maskedRecipient() + ", reference=" + reference + "]";
    }

    /** The number with all but its last two digits hidden, for logs and events. */
    public String maskedRecipient() {
        return to.substring(0, Math.min(4, to.length())) + "*".repeat(Math.max(0, to.length() - 6))
                + to.substring(to.length() - 2);
    }
}
