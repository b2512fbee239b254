package org.bawaba.registry.reference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bawaba.spi.registry.Question;

/**
 * Keyed hashes of the secret values the reference registry holds (answers, the employer identifier): HMAC-SHA256
 * with the server's key over {@code QUESTION_NAME:normalised value}, so the same digits given for two questions
 * never hash alike, and a copy of the table without the key tells nothing. Deterministic, so an employer identifier
 * can also be looked up by its hash. Not final only so that tests can count the work done.
 */
class AnswerHasher {

    /** Shorter keys are refused at start: a key is at least as long as the hash. */
    static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    /**
     * Hashed in place of an answer that is missing or cannot be right, so that a wrong answer costs the same work as
     * a right one. Never the normalised form of any answer (those are never empty).
     */
    private static final String PLACEHOLDER = "";

    private final SecretKeySpec key;
    /** What an unknown person's answers (and answers with nothing on file) are compared with. */
    private final String dummy;

    AnswerHasher(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the hash key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        // Not a question name, so no value of any question hashes to it.
        this.dummy = hex(mac("UNKNOWN-PERSON:"));
    }

    /** The stored form of a value, normalised as {@link Question#normalize}; null when the value cannot be right. */
    String hash(Question question, String value) {
        String normalized = question.normalize(value);
        return normalized == null ? null : hex(macOf(question, normalized));
    }

    /** The hash of the value, or of the placeholder when it cannot be right: always exactly one HMAC. */
    String hashOrPlaceholder(Question question, String value) {
        String normalized = question.normalize(value);
        return hex(macOf(question, normalized == null ? PLACEHOLDER : normalized));
    }

    /**
     * Compares a computed hash with a stored one in constant time; with nothing stored, compares with the dummy all
     * the same (and answers false), so that an answer with nothing to match costs what any other does.
     */
    boolean matchesStored(String computed, String stored) {
        byte[] expected = (stored == null ? dummy : stored).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII), expected) & stored != null;
    }

    private byte[] macOf(Question question, String normalized) {
        return mac(question.name() + ":" + normalized);
    }

    private byte[] mac(String input) {
        try {
            // Mac instances are not thread-safe; one per hash costs microseconds.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    @Override
    public String toString() {
        return "AnswerHasher[HmacSHA256]";
    }
}
