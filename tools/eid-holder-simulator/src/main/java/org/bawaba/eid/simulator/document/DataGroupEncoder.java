package org.bawaba.eid.simulator.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.scuba.data.Gender;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.jmrtd.lds.ActiveAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.DG11File;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;

/** Encodes each data group with JMRTD, in the chip's format. */
final class DataGroupEncoder {

    private static final String CA_ECDH_AES_CBC_CMAC_128 = "0.4.0.127.0.7.2.2.3.2.2";

    private DataGroupEncoder() {
    }

    static byte[] dg1(DocumentSpec spec) {
        return new DG1File(new MRZInfo(MrzText.of(spec))).getEncoded();
    }

    static byte[] dg2(DocumentSpec spec) {
        byte[] jpeg = FaceImages.jpeg(spec.faceSeed());
        try {
            FaceImageInfo image = new FaceImageInfo(gender(spec.sex()), FaceImageInfo.EyeColor.UNSPECIFIED, 0,
                    FaceImageInfo.HAIR_COLOR_UNSPECIFIED, 0, new int[3], new int[3],
                    FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, 1,
                    FaceImageInfo.SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAM, 0, 0, new FaceImageInfo.FeaturePoint[0],
                    FaceImages.WIDTH, FaceImages.HEIGHT, new ByteArrayInputStream(jpeg), jpeg.length,
                    FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
            return new DG2File(List.of(new FaceInfo(List.of(image)))).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DG11: the Latin (French) full name as the holder's name, the Arabic full name among the other names. */
    static byte[] dg11(DocumentSpec spec) {
        String latin = mrzName(spec.surname()) + "<<" + mrzName(spec.givenNames());
        List<String> otherNames = new ArrayList<>();
        if (spec.arabicSurname() != null) {
            otherNames.add(spec.arabicSurname() + "<<" + nullToEmpty(spec.arabicGivenNames()));
        }
        // Place of birth as "CITY<COUNTRY" (ICAO 9303-10 DG11: fields separated by '<'). The specs have no country of
        // birth: synthetic holders are born in the country of their nationality.
        List<String> placeOfBirth = spec.placeOfBirth() == null ? null
                : List.of(spec.placeOfBirth(), spec.nationality());
        return new DG11File(latin, otherNames.isEmpty() ? null : otherNames, spec.personalNumber(),
                DateTimeFormatter.BASIC_ISO_DATE.format(spec.dateOfBirth()), placeOfBirth, null, null, null, null,
                null, null, null, null).getEncoded();
    }

    static byte[] dg14(ActiveAuthenticationKind aa, SecureRandom random) {
        KeyPair chipAuthentication = KeyAlgorithm.ec("secp256r1", random);
        List<SecurityInfo> infos = new ArrayList<>();
        infos.add(new ChipAuthenticationPublicKeyInfo(chipAuthentication.getPublic()));
        infos.add(new ChipAuthenticationInfo(CA_ECDH_AES_CBC_CMAC_128, ChipAuthenticationInfo.VERSION_1));
        if (aa == ActiveAuthenticationKind.ECDSA_BRAINPOOL_P256_SHA256) {
            infos.add(new ActiveAuthenticationInfo(ActiveAuthenticationInfo.ECDSA_PLAIN_SHA256_OID));
        }
        return new DG14File(infos).getEncoded();
    }

    static byte[] dg15(ActiveAuthenticationChip chip) {
        return new DG15File(chip.keyPair().getPublic()).getEncoded();
    }

    private static Gender gender(char sex) {
        return switch (sex) {
            case 'M' -> Gender.MALE;
            case 'F' -> Gender.FEMALE;
            default -> Gender.UNSPECIFIED;
        };
    }

    private static String mrzName(String text) {
        return nullToEmpty(text).toUpperCase(Locale.ROOT).replace(' ', '<');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
