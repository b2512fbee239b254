package org.bawaba.eid.simulator.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jmrtd.lds.icao.MRZInfo;

/** Builds the MRZ character string (lines concatenated) for a document spec. */
final class MrzText {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private MrzText() {
    }

    static String of(DocumentSpec spec) {
        return switch (spec.layout()) {
            case TD1_ID_CARD -> td1(spec, "ID", "", spec.personalNumber());
            case TD1_MOROCCAN_CNIE -> td1(spec, "ID", spec.personalNumber(), "");
            case TD3_PASSPORT -> td3(spec);
        };
    }

    private static String td1(DocumentSpec spec, String code, String optional1, String optional2) {
        String number = pad(spec.documentNumber(), 9);
        String line1 = pad(code, 2) + pad(spec.issuingState(), 3) + number + check(number)
                + pad(nullToEmpty(optional1), 15);
        String birth = date(spec.dateOfBirth());
        String expiry = date(spec.dateOfExpiry());
        String line2Head = birth + check(birth) + spec.sex() + expiry + check(expiry) + pad(spec.nationality(), 3)
                + pad(nullToEmpty(optional2), 11);
        String composite = line1.substring(5, 30) + line2Head.substring(0, 7) + line2Head.substring(8, 15)
                + line2Head.substring(18, 29);
        String line2 = line2Head + check(composite);
        String line3 = name(spec, 30);
        return line1 + line2 + line3;
    }

    private static String td3(DocumentSpec spec) {
        String line1 = "P<" + pad(spec.issuingState(), 3) + name(spec, 39);
        String number = pad(spec.documentNumber(), 9);
        String birth = date(spec.dateOfBirth());
        String expiry = date(spec.dateOfExpiry());
        String personal = pad(nullToEmpty(spec.personalNumber()), 14);
        String personalCheck = personal.chars().allMatch(c -> c == '<') ? "<" : check(personal);
        String head = number + check(number) + pad(spec.nationality(), 3) + birth + check(birth) + spec.sex()
                + expiry + check(expiry) + personal + personalCheck;
        String composite = head.substring(0, 10) + head.substring(13, 20) + head.substring(21, 43);
        return line1 + head + check(composite);
    }

    private static String name(DocumentSpec spec, int width) {
        String name = mrzWord(spec.surname()) + "<<" + mrzWord(spec.givenNames());
        return pad(name.length() > width ? name.substring(0, width) : name, width);
    }

    private static String mrzWord(String text) {
        return nullToEmpty(text).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "<");
    }

    private static String date(LocalDate date) {
        return YYMMDD.format(date);
    }

    static String check(String field) {
        return String.valueOf(MRZInfo.checkDigit(field));
    }

    private static String pad(String value, int width) {
        StringBuilder sb = new StringBuilder(value);
        while (sb.length() < width) {
            sb.append('<');
        }
        return sb.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
