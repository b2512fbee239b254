package org.bawaba.eid.verifier.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * The identity a verified document states. MRZ fields are as printed (Latin, upper case). DG11 fields are null when
 * the document has no DG11 or lacks the element. {@code toString()} is redacted: never log the content.
 *
 * @param personalNumber      TD3 personal number field; TD1/TD2 optional data (for the Moroccan CNIE: the CNIE
 *                            number); DG11's personal number when present takes precedence
 * @param dateOfBirth         null when the MRZ date is partly unknown
 * @param fullNameLatin       DG11 name of holder (5F0E) in Latin script, "SURNAME<<GIVEN NAMES" as stored
 * @param fullNameArabic      the first DG11 name (holder name or other names) written in Arabic script, or null
 * @param otherNames          DG11 other names (5F0F)
 */
public record ExtractedIdentity(
        DocumentType documentType,
        String documentCode,
        String issuingState,
        String documentNumber,
        String primaryIdentifier,
        String secondaryIdentifier,
        String nationality,
        LocalDate dateOfBirth,
        String sex,
        LocalDate dateOfExpiry,
        String personalNumber,
        String optionalData1,
        String optionalData2,
        String fullNameLatin,
        String fullNameArabic,
        List<String> otherNames,
        String fullDateOfBirth,
        List<String> placeOfBirth,
        FaceImage faceImage) {

    public ExtractedIdentity {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        placeOfBirth = placeOfBirth == null ? List.of() : List.copyOf(placeOfBirth);
    }

    @Override
    public String toString() {
        return "ExtractedIdentity[" + documentType + ", " + issuingState + ", <personal data redacted>]";
    }
}
