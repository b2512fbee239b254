package org.bawaba.eid.verifier.mrz;

import java.util.List;

/**
 * The MRZ fields of DG1, as printed (fillers '<' trimmed from the ends of text fields), plus the names of the
 * check digits that do not match their recomputed value.
 *
 * @param documentNumber  the full number, including a TD1/TD2 long-number extension from the optional data
 * @param optionalData1   TD1 line 1 / TD2 optional data, after any long-number extension; TD3: empty
 * @param optionalData2   TD1 line 2 optional data; TD3: the personal number field; TD2: empty
 * @param dateOfBirth     YYMMDD, possibly with '<' for unknown parts
 * @param dateOfExpiry    YYMMDD
 */
public record Mrz(
        Format format,
        String documentCode,
        String issuingState,
        String documentNumber,
        String optionalData1,
        String optionalData2,
        String dateOfBirth,
        char sex,
        String dateOfExpiry,
        String nationality,
        String primaryIdentifier,
        String secondaryIdentifier,
        List<String> checkDigitFailures) {

    public enum Format {
        TD1, TD2, TD3
    }

    public Mrz {
        checkDigitFailures = List.copyOf(checkDigitFailures);
    }

    @Override
    public String toString() {
        return "Mrz[" + format + ", " + documentCode + ", " + issuingState + ", <redacted>]";
    }
}
