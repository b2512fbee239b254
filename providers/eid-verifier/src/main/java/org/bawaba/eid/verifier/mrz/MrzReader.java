package org.bawaba.eid.verifier.mrz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bawaba.eid.verifier.tlv.BerTlv;

/**
 * Reads the MRZ from DG1's raw bytes (tag 0x61 containing 0x5F1F) by position, and recomputes every check digit:
 * parsers (JMRTD's included) do not validate them.
 */
public final class MrzReader {

    private static final int DG1_TAG = 0x61;
    private static final int MRZ_TAG = 0x5F1F;

    private MrzReader() {
    }

    public static Mrz read(byte[] dg1) throws MrzFormatException {
        String text;
        try {
            BerTlv.Header outer = BerTlv.requireSingle(dg1, DG1_TAG);
            BerTlv.Header inner = BerTlv.header(dg1, outer.valueOffset(), outer.end());
            if (inner.tag() != MRZ_TAG || inner.end() != outer.end()) {
                throw new MrzFormatException("DG1 does not hold a single MRZ element");
            }
            text = new String(dg1, inner.valueOffset(), inner.length(), StandardCharsets.US_ASCII);
        } catch (BerTlv.TlvException e) {
            throw new MrzFormatException("DG1 structure: " + e.getMessage());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '<') {
                throw new MrzFormatException("MRZ holds a character outside A-Z, 0-9 and <");
            }
        }
        return switch (text.length()) {
            case 90 -> td1(text);
            case 72 -> td2(text);
            case 88 -> td3(text);
            default -> throw new MrzFormatException("MRZ length " + text.length() + " is not TD1, TD2 or TD3");
        };
    }

    private static Mrz td1(String mrz) {
        String l1 = mrz.substring(0, 30);
        String l2 = mrz.substring(30, 60);
        String l3 = mrz.substring(60, 90);
        List<String> failures = new ArrayList<>();
        NumberAndOptional number = documentNumber(l1.substring(5, 14), l1.charAt(14), l1.substring(15, 30),
                failures);
        checkDate(l2.substring(0, 6), l2.charAt(6), "date of birth", failures);
        checkDate(l2.substring(8, 14), l2.charAt(14), "date of expiry", failures);
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        check(composite, l2.charAt(29), "composite", failures);
        String[] names = names(l3);
        return new Mrz(Mrz.Format.TD1, trim(l1.substring(0, 2)), trim(l1.substring(2, 5)), number.number(),
                number.optional(), trim(l2.substring(18, 29)), l2.substring(0, 6), l2.charAt(7), l2.substring(8, 14),
                trim(l2.substring(15, 18)), names[0], names[1], failures);
    }

    private static Mrz td2(String mrz) {
        String l1 = mrz.substring(0, 36);
        String l2 = mrz.substring(36, 72);
        List<String> failures = new ArrayList<>();
        NumberAndOptional number = documentNumber(l2.substring(0, 9), l2.charAt(9), l2.substring(28, 35), failures);
        checkDate(l2.substring(13, 19), l2.charAt(19), "date of birth", failures);
        checkDate(l2.substring(21, 27), l2.charAt(27), "date of expiry", failures);
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35);
        check(composite, l2.charAt(35), "composite", failures);
        String[] names = names(l1.substring(5));
        return new Mrz(Mrz.Format.TD2, trim(l1.substring(0, 2)), trim(l1.substring(2, 5)), number.number(),
                number.optional(), "", l2.substring(13, 19), l2.charAt(20), l2.substring(21, 27),
                trim(l2.substring(10, 13)), names[0], names[1], failures);
    }

    private static Mrz td3(String mrz) {
        String l1 = mrz.substring(0, 44);
        String l2 = mrz.substring(44, 88);
        List<String> failures = new ArrayList<>();
        check(l2.substring(0, 9), l2.charAt(9), "document number", failures);
        checkDate(l2.substring(13, 19), l2.charAt(19), "date of birth", failures);
        checkDate(l2.substring(21, 27), l2.charAt(27), "date of expiry", failures);
        String personal = l2.substring(28, 42);
        char personalCheck = l2.charAt(42);
        boolean emptyPersonal = personal.chars().allMatch(c -> c == '<');
        if (!(emptyPersonal && (personalCheck == '<' || personalCheck == '0'))) {
            check(personal, personalCheck, "personal number", failures);
        }
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        check(composite, l2.charAt(43), "composite", failures);
        String[] names = names(l1.substring(5));
        return new Mrz(Mrz.Format.TD3, trim(l1.substring(0, 2)), trim(l1.substring(2, 5)), trim(l2.substring(0, 9)),
                "", trim(personal), l2.substring(13, 19), l2.charAt(20), l2.substring(21, 27),
                trim(l2.substring(10, 13)), names[0], names[1], failures);
    }

    private record NumberAndOptional(String number, String optional) {
    }

    /**
     * ICAO 9303-5/6: a number longer than 9 characters puts '<' in the check digit position and continues in the
     * optional data, followed by its check digit and a filler.
     */
    private static NumberAndOptional documentNumber(String principal, char check, String optional,
            List<String> failures) {
        if (check != '<') {
            check(principal, check, "document number", failures);
            return new NumberAndOptional(trim(principal), trim(optional));
        }
        int end = optional.indexOf('<');
        if (end < 1) {
            failures.add("document number");
            return new NumberAndOptional(trim(principal), trim(optional));
        }
        String extension = optional.substring(0, end - 1);
        String number = principal + extension;
        check(number, optional.charAt(end - 1), "document number", failures);
        return new NumberAndOptional(trim(number), trim(optional.substring(end)));
    }

    private static void checkDate(String date, char check, String name, List<String> failures) {
        // Unknown date parts are '<'; the check digit is still computed over the field as printed.
        check(date, check, name, failures);
    }

    private static void check(String field, char printed, String name, List<String> failures) {
        if (CheckDigits.compute(field) != printed) {
            failures.add(name);
        }
    }

    private static String[] names(String field) {
        String trimmed = trim(field);
        int separator = trimmed.indexOf("<<");
        String primary = separator < 0 ? trimmed : trimmed.substring(0, separator);
        String secondary = separator < 0 ? "" : trimmed.substring(separator + 2);
        return new String[] {primary.replace('<', ' ').trim(), secondary.replace('<', ' ').trim()};
    }

    private static String trim(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        int start = 0;
        while (start < end && field.charAt(start) == '<') {
            start++;
        }
        return field.substring(start, end);
    }
}
