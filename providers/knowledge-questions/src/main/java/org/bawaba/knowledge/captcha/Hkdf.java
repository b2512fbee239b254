package org.bawaba.knowledge.captcha;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA-256 (RFC 5869): a key of its own for one use, derived from a secret that has another use. */
final class Hkdf {

    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /**
     * @param salt   optional (null or empty: {@value #HASH_LENGTH} zero bytes, as the RFC says)
     * @param ikm    the input keying material
     * @param info   what the key is for: different labels give independent keys
     * @param length bytes wanted, at most 255 blocks of 32
     */
    static byte[] sha256(byte[] salt, byte[] ikm, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA-256 gives 1 to 8160 bytes, not " + length);
        }
        try {
            Mac extract = Mac.getInstance(HMAC);
            extract.init(new SecretKeySpec(salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt, HMAC));
            byte[] pseudoRandomKey = extract.doFinal(ikm);

            Mac expand = Mac.getInstance(HMAC);
            expand.init(new SecretKeySpec(pseudoRandomKey, HMAC));
            byte[] output = new byte[length];
            byte[] block = new byte[0];
            for (int offset = 0, counter = 1; offset < length; counter++) {
                expand.update(block);
                expand.update(info);
                expand.update((byte) counter);
                block = expand.doFinal();
                int take = Math.min(block.length, length - offset);
                System.arraycopy(block, 0, output, offset, take);
                offset += take;
            }
            return output;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
