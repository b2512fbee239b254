package org.bawaba.spi.sms;

import java.util.Objects;
import java.util.regex.Pattern;

import org.bawaba.authenticator.Masking;

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

    /** The number as Bawaba masks it ({@link Masking#phoneNumber}), for logs and events. */
    public String maskedRecipient() {
        return Masking.phoneNumber(to);
    }
}
