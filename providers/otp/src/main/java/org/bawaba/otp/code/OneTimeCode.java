package org.bawaba.otp.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Generation and salted hashing of numeric one-time codes. A code itself is never stored. */
public final class OneTimeCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    public static String generate(int digits) {
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    public static String hash(String code, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(Base64.getDecoder().decode(salt));
            return Base64.getEncoder().encodeToString(sha256.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** The code as people type it, without the spaces or dashes they add. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /** Compares in constant time, whatever the typed value looks like. */
    public static boolean matches(String typed, String salt, String expectedHash) {
        byte[] actual = hash(normalize(typed), salt).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = expectedHash.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expected);
    }
}
