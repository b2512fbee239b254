package org.bawaba.registry.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import org.bawaba.authenticator.ServiceOptions;
import org.keycloak.Config;

/**
 * The reference registry's server options, read once from {@code --spi-bawaba-identity-registry--reference--<option>}
 * ({@code hashKey} is {@code --spi-bawaba-identity-registry--reference--hash-key}).
 *
 * @param hashKey the HMAC key, at least {@value AnswerHasher#MIN_KEY_BYTES} bytes; null when not set
 * @param csv     the file loaded at start; null when not set
 */
record ReferenceRegistryConfig(byte[] hashKey, Path csv) {

    static final String OWNER = "bawaba-identity-registry reference";

    static final String HASH_KEY = "hashKey";
    static final String CSV = "csv";

    /**
     * The key {@code ./bawaba start} passes: DEVELOPMENT ONLY, published in this repository, so hashes made with it
     * protect nothing. Recognised only to warn at start.
     */
    static final String DEVELOPMENT_KEY = Base64.getEncoder().encodeToString(
            "DEVELOPMENT-ONLY bawaba registry hash key: never in production!".getBytes(StandardCharsets.US_ASCII));

    /**
     * Reads and checks the options.
     *
     * @throws IllegalArgumentException naming the option, never its value, when a given value is malformed
     */
    static ReferenceRegistryConfig from(Config.Scope scope) {
        return new ReferenceRegistryConfig(hashKey(ServiceOptions.blankToNull(scope.get(HASH_KEY))),
                csv(ServiceOptions.blankToNull(scope.get(CSV))));
    }

    private static byte[] hashKey(String option) {
        if (option == null) {
            return null;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(option);
        } catch (IllegalArgumentException e) {
            throw ServiceOptions.invalid(OWNER, HASH_KEY, "is not base64");
        }
        if (key.length < AnswerHasher.MIN_KEY_BYTES) {
            throw ServiceOptions.invalid(OWNER, HASH_KEY, "must decode to at least " + AnswerHasher.MIN_KEY_BYTES
                    + " bytes (e.g. openssl rand -base64 32)");
        }
        return key;
    }

    private static Path csv(String option) {
        if (option == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(option);
        } catch (InvalidPathException e) {
            throw ServiceOptions.invalid(OWNER, CSV, "is not a file path");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw ServiceOptions.invalid(OWNER, CSV, "names no readable file: " + path);
        }
        return path;
    }

    boolean hasKey() {
        return hashKey != null;
    }

    boolean isDevelopmentKey() {
        return hashKey != null && Arrays.equals(hashKey, Base64.getDecoder().decode(DEVELOPMENT_KEY));
    }

    @Override
    public String toString() {
        return "ReferenceRegistryConfig[hashKey=" + (hashKey == null ? "unset" : "***") + ", csv=" + csv + "]";
    }
}
