package org.bawaba.eid.verifier.aa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

import org.bawaba.eid.verifier.crypto.BouncyCastle;
import org.bawaba.eid.verifier.tlv.BerTlv;
import org.jmrtd.lds.ActiveAuthenticationInfo;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG15File;

/** Reads the Active Authentication key (DG15) and algorithm (DG14) with JMRTD, defensively. */
public final class ChipSecurityInfos {

    private static final int DG14_TAG = 0x6E;
    private static final int DG15_TAG = 0x6F;

    private ChipSecurityInfos() {
    }

    /**
     * The DG15 public key, re-created through BouncyCastle (brainpool, explicit parameters), or null: JMRTD turns a
     * corrupt key into null with only a log warning, so null must be handled as a failure.
     */
    public static PublicKey activeAuthenticationKey(byte[] dg15) throws IOException {
        BerTlv.requireSingle(dg15, DG15_TAG);
        PublicKey parsed = new DG15File(new ByteArrayInputStream(dg15)).getPublicKey();
        if (parsed == null || parsed.getEncoded() == null) {
            return null;
        }
        String algorithm = "EC".equals(parsed.getAlgorithm()) || "ECDSA".equals(parsed.getAlgorithm())
                ? "EC" : parsed.getAlgorithm();
        try {
            return KeyFactory.getInstance(algorithm, BouncyCastle.provider())
                    .generatePublic(new X509EncodedKeySpec(parsed.getEncoded()));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** The signature algorithm OID of DG14's ActiveAuthenticationInfo, or null. */
    public static String activeAuthenticationAlgorithm(byte[] dg14) throws IOException {
        if (dg14 == null) {
            return null;
        }
        BerTlv.requireSingle(dg14, DG14_TAG);
        for (ActiveAuthenticationInfo info : new DG14File(new ByteArrayInputStream(dg14))
                .getActiveAuthenticationInfos()) {
            return info.getSignatureAlgorithmOID();
        }
        return null;
    }
}
