package org.bawaba.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Does what the ALTCHA widget (2.x, challenge format v1) does in the browser, for tests that post a form without one:
 * finds the number behind a challenge and writes the payload the widget puts in its hidden field.
 *
 * <p>The challenge is the widget's {@code challengejson} attribute as the page holds it, HTML entities decoded (jsoup:
 * {@code page.selectFirst("altcha-widget").attr("challengejson")}). The payload is base64 of
 * {@code {"algorithm","challenge","number","salt","signature","took"}}, in that order, as the widget's
 * {@code btoa(JSON.stringify(...))} writes it; post it in the field named by the widget's {@code name} ({@code altcha}).
 */
public final class AltchaSolver {

    private AltchaSolver() {
    }

    /** The payload of the solved challenge; fails when no number up to its maxnumber answers it. */
    public static String solve(String challengeJson) {
        long started = System.nanoTime();
        long number = number(challengeJson);
        return payload(challengeJson, number, (System.nanoTime() - started) / 1_000_000);
    }

    /** The number behind the challenge, tried from 0 up to maxnumber as the widget does. */
    public static long number(String challengeJson) {
        JsonNode challenge = read(challengeJson);
        String salt = text(challenge, "salt");
        String expected = text(challenge, "challenge");
        long max = challenge.path("maxnumber").asLong(1_000_000);
        MessageDigest digest = digest(text(challenge, "algorithm"));
        HexFormat hex = HexFormat.of();
        for (long number = 0; number <= max; number++) {
            byte[] hash = digest.digest((salt + number).getBytes(StandardCharsets.UTF_8));
            if (hex.formatHex(hash).equals(expected)) {
                return number;
            }
        }
        throw new IllegalArgumentException("no number up to " + max + " answers the challenge " + expected);
    }

    /** The payload the widget would post for this number, right or wrong (to test a wrong one). */
    public static String payload(String challengeJson, long number, long tookMillis) {
        JsonNode challenge = read(challengeJson);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("algorithm", text(challenge, "algorithm"));
        payload.put("challenge", text(challenge, "challenge"));
        payload.put("number", number);
        payload.put("salt", text(challenge, "salt"));
        payload.put("signature", text(challenge, "signature"));
        payload.put("took", tookMillis);
        try {
            byte[] json = JsonSerialization.writeValueAsBytes(payload);
            return Base64.getEncoder().encodeToString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String challengeJson) {
        try {
            return JsonSerialization.mapper.readTree(challengeJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a challenge: " + challengeJson, e);
        }
    }

    private static String text(JsonNode challenge, String field) {
        JsonNode value = challenge.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the challenge has no " + field + ": " + challenge);
        }
        return value.asText();
    }

    /** SHA-256, SHA-384 or SHA-512: the widget's algorithm names are Java's. */
    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("not an algorithm the widget knows: " + algorithm, e);
        }
    }
}
