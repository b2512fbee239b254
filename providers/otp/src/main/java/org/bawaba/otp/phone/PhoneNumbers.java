package org.bawaba.otp.phone;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Mobile numbers as people type them, normalised to E.164 with libphonenumber. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The E.164 form of {@code typed} (e.g. "06 12 34 56 78" in region MA gives "+212612345678"), or
     * empty when it is not a valid number that can receive texts.
     */
    public static Optional<String> toE164(String typed, String defaultRegion) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            String cleaned = typed.trim().startsWith("00") ? "+" + typed.trim().substring(2) : typed.trim();
            PhoneNumber number = UTIL.parse(cleaned, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(number);
            boolean textable = type == PhoneNumberUtil.PhoneNumberType.MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
            return textable ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
