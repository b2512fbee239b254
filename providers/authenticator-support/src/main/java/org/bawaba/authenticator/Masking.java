package org.bawaba.authenticator;

/**
 * How Bawaba shows a recipient it must not show in full, on pages, in events and in logs: enough for its owner to
 * recognise it, not enough for anyone else to read it. The one place phone numbers and email addresses are masked.
 */
public final class Masking {

    private static final String HIDDEN = "***";

    private Masking() {
    }

    /** {@code +212612345678} as {@code +212*******78}: the country code and the last two digits. */
    public static String phoneNumber(String e164) {
        if (e164 == null || e164.length() < 7) {
            return HIDDEN;
        }
        return e164.substring(0, 4) + "*".repeat(e164.length() - 6) + e164.substring(e164.length() - 2);
    }

    /** {@code amina@bawaba.example} as {@code a***@bawaba.example}: the first letter and the domain. */
    public static String emailAddress(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        return email.charAt(0) + HIDDEN + email.substring(at);
    }
}
