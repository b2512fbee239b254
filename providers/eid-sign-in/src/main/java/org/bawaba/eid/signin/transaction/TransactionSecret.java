package org.bawaba.eid.signin.transaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The bearer secret of a transaction: 256 random bits, base64url. The server keeps only its SHA-256 digest, so that
 * neither the authentication session nor the single-use store holds a usable secret.
 */
public final class TransactionSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private TransactionSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value could be a secret at all (checked before any lookup). */
    public static boolean wellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    public static String digest(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two digests. */
    public static boolean sameDigest(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** A six-digit code shown by the browser and the app, "123 456", so that a person can spot a relayed QR code. */
    public static String confirmationCode() {
        int value = RANDOM.nextInt(1_000_000);
        return String.format("%03d %03d", value / 1000, value % 1000);
    }

    /** An 8-byte Active Authentication challenge (ICAO 9303-11: RND.IFD). */
    public static byte[] challenge() {
        byte[] challenge = new byte[8];
        RANDOM.nextBytes(challenge);
        return challenge;
    }
}
