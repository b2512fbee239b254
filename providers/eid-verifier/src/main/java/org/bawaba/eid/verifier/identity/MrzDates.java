package org.bawaba.eid.verifier.identity;

import java.time.LocalDate;
import java.time.Year;

/** Two-digit MRZ years: births are never in the future; expiries are within fifty years of now. */
public final class MrzDates {

    private MrzDates() {
    }

    /** @throws RuntimeException when the field is not a valid date */
    public static LocalDate birth(String yymmdd, Year currentYear) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int century = yy > currentYear.getValue() % 100 ? 1900 : 2000;
        return LocalDate.of(century + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                Integer.parseInt(yymmdd.substring(4, 6)));
    }

    /** @throws RuntimeException when the field is not a valid date */
    public static LocalDate expiry(String yymmdd, Year currentYear) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int year = 2000 + yy;
        if (year > currentYear.getValue() + 50) {
            year -= 100;
        }
        return LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
    }
}
