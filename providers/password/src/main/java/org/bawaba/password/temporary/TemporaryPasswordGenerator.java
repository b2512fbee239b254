package org.bawaba.password.temporary;

import java.security.SecureRandom;

/**
 * Random temporary passwords a person can copy from an email without misreading: no 0/O/o, 1/l/I, and only
 * special characters that survive copy-paste and HTML. Every password holds an upper-case and a lower-case
 * letter, a digit and a special character, so it meets the OC and CNOPS password policies.
 */
public final class TemporaryPasswordGenerator {

    public static final int MINIMUM_LENGTH = 12;

    static final String UPPER = "ABCDEFGHJKMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SPECIAL = "#%+=?@!-";
    static final String ALPHABET = UPPER + LOWER + DIGITS + SPECIAL;

    private final SecureRandom random;

    public TemporaryPasswordGenerator() {
        this(new SecureRandom());
    }

    TemporaryPasswordGenerator(SecureRandom random) {
        this.random = random;
    }

    public String generate(int length) {
        if (length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("a temporary password has at least " + MINIMUM_LENGTH + " characters");
        }
        char[] password = new char[length];
        password[0] = pick(UPPER);
        password[1] = pick(LOWER);
        password[2] = pick(DIGITS);
        password[3] = pick(SPECIAL);
        for (int i = 4; i < length; i++) {
            password[i] = pick(ALPHABET);
        }
        // Fisher-Yates, so the guaranteed classes are not always in front.
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
