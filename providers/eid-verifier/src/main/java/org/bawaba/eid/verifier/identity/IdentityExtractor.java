package org.bawaba.eid.verifier.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.bawaba.eid.verifier.mrz.Mrz;
import org.bawaba.eid.verifier.tlv.BerTlv;
import org.jmrtd.lds.icao.DG11File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;

/**
 * Builds the {@link ExtractedIdentity} from the MRZ and the raw DG2 and DG11 (decoded with JMRTD). Call it only on
 * authenticated data groups: the structure is bounded-checked first, but JMRTD trusts the inner lengths.
 */
public final class IdentityExtractor {

    private static final int DG2_TAG = 0x75;
    private static final int DG11_TAG = 0x6B;
    private static final int MAX_FACE_BYTES = 1 << 20;

    private IdentityExtractor() {
    }

    public static ExtractedIdentity extract(Mrz mrz, byte[] dg2, byte[] dg11, Year currentYear) throws IOException {
        FaceImage face = face(dg2);
        String personalNumber = mrzPersonalNumber(mrz);
        String fullNameLatin = null;
        String fullNameArabic = null;
        List<String> otherNames = List.of();
        String fullDateOfBirth = null;
        List<String> placeOfBirth = List.of();
        if (dg11 != null) {
            BerTlv.requireSingle(dg11, DG11_TAG);
            DG11File file = new DG11File(new ByteArrayInputStream(dg11));
            List<String> names = new ArrayList<>();
            if (file.getNameOfHolder() != null) {
                names.add(file.getNameOfHolder());
            }
            if (file.getOtherNames() != null) {
                otherNames = file.getOtherNames();
                names.addAll(otherNames);
            }
            fullNameLatin = names.stream().filter(n -> !containsArabic(n)).findFirst().orElse(null);
            fullNameArabic = names.stream().filter(IdentityExtractor::containsArabic).findFirst().orElse(null);
            if (file.getPersonalNumber() != null && !file.getPersonalNumber().isBlank()) {
                personalNumber = file.getPersonalNumber().trim();
            }
            fullDateOfBirth = file.getFullDateOfBirth();
            if (file.getPlaceOfBirth() != null) {
                placeOfBirth = file.getPlaceOfBirth();
            }
        }
        return new ExtractedIdentity(DocumentType.fromDocumentCode(mrz.documentCode()), mrz.documentCode(),
                mrz.issuingState(), mrz.documentNumber(), mrz.primaryIdentifier(), mrz.secondaryIdentifier(),
                mrz.nationality(), birthDate(mrz.dateOfBirth(), currentYear), String.valueOf(mrz.sex()),
                MrzDates.expiry(mrz.dateOfExpiry(), currentYear), emptyToNull(personalNumber),
                emptyToNull(mrz.optionalData1()), emptyToNull(mrz.optionalData2()), fullNameLatin, fullNameArabic,
                otherNames, fullDateOfBirth, placeOfBirth, face);
    }

    private static FaceImage face(byte[] dg2) throws IOException {
        BerTlv.requireSingle(dg2, DG2_TAG);
        DG2File file = new DG2File(new ByteArrayInputStream(dg2));
        for (FaceInfo info : file.getFaceInfos()) {
            for (FaceImageInfo image : info.getFaceImageInfos()) {
                int length = image.getImageLength();
                if (length <= 0 || length > MAX_FACE_BYTES || length > dg2.length) {
                    throw new IOException("implausible face image length");
                }
                try (InputStream in = image.getImageInputStream()) {
                    return new FaceImage(image.getMimeType(), image.getWidth(), image.getHeight(),
                            in.readNBytes(length));
                }
            }
        }
        throw new IOException("DG2 holds no face image");
    }

    /** TD3: the personal number field. TD1/TD2: optional data 1 (e.g. the Moroccan CNIE number), else 2. */
    private static String mrzPersonalNumber(Mrz mrz) {
        if (mrz.format() == Mrz.Format.TD3) {
            return mrz.optionalData2();
        }
        return mrz.optionalData1().isEmpty() ? mrz.optionalData2() : mrz.optionalData1();
    }

    private static LocalDate birthDate(String yymmdd, Year currentYear) {
        try {
            return MrzDates.birth(yymmdd, currentYear);
        } catch (RuntimeException e) {
            return null;   // partly unknown dates of birth are legitimate
        }
    }

    static boolean containsArabic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
