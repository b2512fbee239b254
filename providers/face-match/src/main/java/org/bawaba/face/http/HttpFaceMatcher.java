package org.bawaba.face.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bawaba.authenticator.ServiceCalls;
import org.bawaba.face.image.PortraitImageException;
import org.bawaba.face.image.PortraitImages;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.Portrait;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * Compares the two faces with a <a href="https://github.com/exadel-inc/CompreFace">CompreFace</a> face verification
 * service (Exadel, Apache 2.0, self-hosted). What it speaks, as CompreFace documents it
 * ({@code docs/Rest-API-description.md}, "Face Verification Service" and "Base64 Support") and implements it
 * ({@code VerifyController}, {@code VerifySourceTargetRequest}, {@code CommonExceptionCode}):
 *
 * <pre>
 * POST {url}/api/v1/verification/verify?limit=1&amp;det_prob_threshold=0.8&amp;face_plugins=
 * x-api-key: &lt;key of a verification service&gt;
 * Content-Type: application/json
 * {"source_image": "&lt;base64&gt;", "target_image": "&lt;base64&gt;"}
 *
 * 200 {"result": [{"source_image_face": {"box": {...}}, "face_matches": [{"box": {...}, "similarity": 0.97}]}]}
 * 400 {"message": "No face is found in the given image", "code": 28}
 * </pre>
 *
 * <ul>
 * <li>{@code source_image} is "the file to be verified", the selfie; {@code target_image} "the reference file", the
 * chip portrait. With {@code limit=1} only the largest face of each image is compared (a selfie may catch someone
 * behind the person), so {@code face_matches} has one entry; the similarity is symmetric anyway.</li>
 * <li>The JSON endpoint takes plain standard Base64 (no {@code data:} prefix). Images must be JPEG, PNG (or another
 * raster format CompreFace lists), at most 5 MB: JPEG 2000 is not read, so a JP2 chip portrait is sent as JPEG
 * ({@link PortraitImages#toJpegOrPng}).</li>
 * <li>An empty {@code face_plugins} asks for no age, gender, embedding or landmarks: nothing more than the decision
 * needs.</li>
 * <li>Errors are JSON {@code {"message", "code"}}. Code 28 ({@code NO_FACES_FOUND}, HTTP 400) means an image has no
 * face above {@code det_prob_threshold}: NO_FACE. An unknown API key is HTTP 404 code 10 ({@code MODEL_NOT_FOUND}),
 * a malformed one HTTP 400; their message quotes the key, so only the status and code are ever logged.</li>
 * </ul>
 *
 * <p>A similarity at or above the {@code threshold} option is a MATCH. Any other non-2xx answer, a timeout, a refused
 * connection or an answer that is not the JSON above is UNAVAILABLE: this class never throws for them. Logs carry
 * the outcome, the status and CompreFace's error code, never an image, a key or a response body.
 */
public final class HttpFaceMatcher implements FaceMatcher {

    static final String VERIFY_PATH = "/api/v1/verification/verify";
    /** CompreFace's {@code CommonExceptionCode.NO_FACES_FOUND}. */
    static final int NO_FACES_FOUND = 28;

    private static final Logger LOG = Logger.getLogger(HttpFaceMatcher.class);

    private final HttpClient client;
    private final HttpFaceMatcherConfig config;

    HttpFaceMatcher(HttpClient client, HttpFaceMatcherConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public FaceMatchResult match(Portrait document, Portrait selfie) {
        FaceMatchResult result;
        try {
            result = compare(document, selfie);
        } catch (RuntimeException e) {
            result = FaceMatchResult.unavailable("error (" + e.getClass().getSimpleName() + ")");
        }
        log(result);
        return result;
    }

    private FaceMatchResult compare(Portrait document, Portrait selfie) {
        if (client == null || !config.isConfigured()) {
            return FaceMatchResult.unavailable("face service not configured");
        }
        Portrait reference;
        Portrait probe;
        try {
            reference = PortraitImages.toJpegOrPng(document);
        } catch (PortraitImageException e) {
            return FaceMatchResult.unavailable("document portrait: " + e.getMessage());
        }
        try {
            probe = PortraitImages.toJpegOrPng(selfie);
        } catch (PortraitImageException e) {
            return FaceMatchResult.unavailable("selfie: " + e.getMessage());
        }
        ServiceCalls.Exchange exchange = ServiceCalls.exchange(client, request(probe, reference), config.timeout());
        if (!exchange.answered()) {
            return FaceMatchResult.unavailable(exchange.failure());
        }
        return result(exchange.response().statusCode(), exchange.response().body());
    }

    private HttpRequest request(Portrait source, Portrait target) {
        ObjectNode body = JsonSerialization.mapper.createObjectNode();
        body.put("source_image", Base64.getEncoder().encodeToString(source.bytes()));
        body.put("target_image", Base64.getEncoder().encodeToString(target.bytes()));
        String json;
        try {
            json = JsonSerialization.mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("JSON", e);
        }
        URI uri = URI.create(config.url() + VERIFY_PATH + "?limit=1&det_prob_threshold="
                + config.detectionProbabilityThreshold() + "&face_plugins=");
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (config.apiKey() != null) {
            builder.header("x-api-key", config.apiKey());
        }
        return builder.build();
    }

    FaceMatchResult result(int status, String body) {
        JsonNode json = parse(body);
        if (status == 400 && json != null && json.path("code").asInt(-1) == NO_FACES_FOUND) {
            return FaceMatchResult.noFace("no face found (code " + NO_FACES_FOUND + ")");
        }
        if (status < 200 || status >= 300) {
            JsonNode code = json == null ? null : json.get("code");
            return FaceMatchResult.unavailable("HTTP " + status
                    + (code != null && code.isIntegralNumber() ? ", code " + code.asInt() : ""));
        }
        if (json == null) {
            return FaceMatchResult.unavailable("HTTP " + status + ", unparsable answer");
        }
        JsonNode result = json.path("result").path(0);
        JsonNode matches = result.path("face_matches");
        if (!result.isObject() || !matches.isArray()) {
            return FaceMatchResult.unavailable("HTTP " + status + ", unexpected answer");
        }
        if (matches.isEmpty()) {
            return FaceMatchResult.noFace("no face found in the document portrait");
        }
        JsonNode similarity = matches.path(0).path("similarity");
        double value = similarity.asDouble(Double.NaN);
        if (!similarity.isNumber() || !(value >= 0 && value <= 1)) {
            return FaceMatchResult.unavailable("HTTP " + status + ", unexpected answer");
        }
        return value >= config.threshold() ? FaceMatchResult.match(value) : FaceMatchResult.noMatch(value);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode json = JsonSerialization.mapper.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void log(FaceMatchResult result) {
        switch (result.outcome()) {
            case UNAVAILABLE -> LOG.warnf("face match unavailable: %s", result.detail());
            case NO_FACE -> LOG.debugf("face match: NO_FACE, %s", result.detail());
            default -> LOG.debugf("face match: %s, similarity %.3f", result.outcome(), result.similarity());
        }
    }
}
