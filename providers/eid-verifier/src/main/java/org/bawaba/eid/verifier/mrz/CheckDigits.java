package org.bawaba.eid.verifier.mrz;

/** ICAO 9303 part 3 check digits: weights 7, 3, 1; digits as-is, A-Z as 10-35, filler '<' as 0. */
public final class CheckDigits {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigits() {
    }

    public static char compute(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character");
    }
}
