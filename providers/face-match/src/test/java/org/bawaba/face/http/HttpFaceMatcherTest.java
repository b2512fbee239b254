package org.bawaba.face.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.face.image.Jpeg2000;
import org.bawaba.spi.face.FaceMatchResult.Outcome;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.Portrait;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class HttpFaceMatcherTest {

    /** CompreFace API keys are UUIDs. */
    private static final String API_KEY = "00000000-0000-4000-8000-00000000c0de";
    private static final Portrait DOCUMENT = new Portrait(Portrait.JPEG, FaceImages.jpeg(1));
    private static final Portrait SELFIE = new Portrait(Portrait.JPEG, FaceImages.jpeg(2));
    private static final String VERIFY = "/api/v1/verification/verify";

    /** Longer than any timeout these tests set: an answer that must never be waited for. */
    private static final int SLOW_ANSWER_MS = 5_000;

    private static WireMockServer compreFace;

    @BeforeAll
    static void start() {
        compreFace = new WireMockServer(options().dynamicPort());
        compreFace.start();
    }

    @AfterAll
    static void stop() {
        compreFace.stop();
    }

    @BeforeEach
    void reset() {
        compreFace.resetAll();
    }

    @Test
    void aSimilarityAtOrAboveTheThreshold_isAMatch() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.97))));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE)).isEqualTo(FaceMatchResult.match(0.97));

        compreFace.resetAll();
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.85))));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE)).as("the default threshold, 0.85, itself")
                .isEqualTo(FaceMatchResult.match(0.85));
    }

    @Test
    void aSimilarityBelowTheThreshold_isNoMatch() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.84999))));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE)).isEqualTo(FaceMatchResult.noMatch(0.84999));
        assertThat(matcher(Map.of("threshold", "0.6")).match(DOCUMENT, SELFIE))
                .isEqualTo(FaceMatchResult.match(0.84999));
    }

    @Test
    void theRequest_isCompreFacesJsonVerification_withTheKey_andBothImagesInBase64() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.9))));

        matcher(Map.of("detectionProbabilityThreshold", "0.7")).match(DOCUMENT, SELFIE);

        compreFace.verify(1, postRequestedFor(urlPathEqualTo(VERIFY))
                .withQueryParam("limit", equalTo("1"))
                .withQueryParam("det_prob_threshold", equalTo("0.7"))
                .withQueryParam("face_plugins", equalTo(""))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"source_image\":\"" + base64(SELFIE) + "\",\"target_image\":\""
                        + base64(DOCUMENT) + "\"}")));
    }

    @Test
    void withoutAKey_noKeyHeaderIsSent_andTheDefaultDetectionThresholdIsUsed() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.9))));
        Map<String, String> options = new HashMap<>(baseOptions());
        options.remove("apiKey");
        HttpFaceMatcherFactory factory = new HttpFaceMatcherFactory();
        factory.init(Scopes.of(options));

        factory.create(null).match(DOCUMENT, SELFIE);

        var request = compreFace.getAllServeEvents().get(0).getRequest();
        assertThat(request.containsHeader("x-api-key")).isFalse();
        assertThat(request.queryParameter("det_prob_threshold").firstValue()).isEqualTo("0.8");
    }

    @Test
    void aJpeg2000DocumentPortrait_isSentAsJpeg() throws Exception {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.93))));
        Portrait jp2 = new Portrait(Portrait.JP2, Jpeg2000.jp2FromJpeg(FaceImages.jpeg(1)));

        assertThat(matcher(Map.of()).match(jp2, SELFIE).outcome()).isEqualTo(Outcome.MATCH);

        JsonNode body = JsonSerialization.mapper.readTree(onlyRequestBody());
        byte[] target = Base64.getDecoder().decode(body.get("target_image").asText());
        assertThat(target).startsWith(0xFF, 0xD8, 0xFF);
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(target));
        assertThat(sent.getWidth()).isEqualTo(FaceImages.WIDTH);
        assertThat(sent.getHeight()).isEqualTo(FaceImages.HEIGHT);
        assertThat(body.get("source_image").asText()).as("the JPEG selfie as it was").isEqualTo(base64(SELFIE));
    }

    @Test
    void noFaceFound_code28_isNoFace() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"No face is found in the given image\",\"code\":28}")));

        FaceMatchResult result = matcher(Map.of()).match(DOCUMENT, SELFIE);

        assertThat(result.outcome()).isEqualTo(Outcome.NO_FACE);
        assertThat(result.similarity()).isNaN();
        assertThat(result.detail()).isEqualTo("no face found (code 28)");
    }

    @Test
    void noFaceOnTheReference_anEmptyFaceMatches_isNoFace() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY))
                .willReturn(okJson("{\"result\":[{\"source_image_face\":{\"box\":{}},\"face_matches\":[]}]}")));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE).outcome()).isEqualTo(Outcome.NO_FACE);
    }

    @Test
    void anotherBadRequest_isUnavailable_withCompreFacesCode() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"Too many faces\",\"code\":31}")));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE))
                .isEqualTo(FaceMatchResult.unavailable("HTTP 400, code 31"));
    }

    @Test
    void aWrongKey_isUnavailable_andItsEchoIsNeverLogged() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(401)));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE)).isEqualTo(FaceMatchResult.unavailable("HTTP 401"));

        // What CompreFace really answers for a key it does not know: 404, code 10, the key in the message.
        compreFace.resetAll();
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(404).withBody(
                "{\"message\":\"Verification service with API Key " + API_KEY + " not found\",\"code\":10}")));
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.face")) {
            assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE))
                    .isEqualTo(FaceMatchResult.unavailable("HTTP 404, code 10"));
            assertThat(logs.lines()).singleElement().asString().startsWith("WARN").contains("HTTP 404, code 10")
                    .doesNotContain(API_KEY);
        }
    }

    @Test
    void aServerError_isUnavailable() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(500)
                .withBody("{\"message\":\"Something went wrong, please try again\",\"code\":0}")));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE))
                .isEqualTo(FaceMatchResult.unavailable("HTTP 500, code 0"));

        compreFace.resetAll();
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(503).withBody("<html>")));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE)).isEqualTo(FaceMatchResult.unavailable("HTTP 503"));
    }

    @Test
    void redirects_areNotFollowed() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/elsewhere")));
        assertThat(matcher(Map.of()).match(DOCUMENT, SELFIE)).isEqualTo(FaceMatchResult.unavailable("HTTP 302"));
        compreFace.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aSlowAnswer_beyondTimeoutMillis_isUnavailable_withoutWaitingForIt() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY))
                .willReturn(okJson(verified(0.99)).withFixedDelay(SLOW_ANSWER_MS)));

        long start = System.nanoTime();
        FaceMatchResult result = matcher(Map.of("timeoutMillis", "300")).match(DOCUMENT, SELFIE);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result).isEqualTo(FaceMatchResult.unavailable("timeout"));
        assertThat(elapsedMs).as("waited the timeout").isGreaterThanOrEqualTo(300L)
                .as("never the slow answer").isLessThan((long) SLOW_ANSWER_MS);
    }

    @Test
    void aBodyThatStopsHalfway_isBoundedByTheTimeoutToo() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.99))
                .withChunkedDribbleDelay(4, SLOW_ANSWER_MS)));

        long start = System.nanoTime();
        FaceMatchResult result = matcher(Map.of("timeoutMillis", "400")).match(DOCUMENT, SELFIE);

        assertThat(result).isEqualTo(FaceMatchResult.unavailable("timeout"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan((long) SLOW_ANSWER_MS);
    }

    @Test
    void aGarbageBody_isUnavailable() {
        for (String body : new String[] {"not json", "", "[]", "{}", "{\"result\":[]}", "{\"result\":{}}",
                "{\"result\":[{\"face_matches\":[{\"similarity\":\"high\"}]}]}",
                "{\"result\":[{\"face_matches\":[{\"similarity\":1.7}]}]}",
                "{\"result\":[{\"face_matches\":[{}]}]}", "{\"result\":[{\"source_image_face\":{}}]}"}) {
            compreFace.resetAll();
            compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(200).withBody(body)));
            FaceMatchResult result = matcher(Map.of()).match(DOCUMENT, SELFIE);
            assertThat(result.outcome()).as(body).isEqualTo(Outcome.UNAVAILABLE);
            assertThat(result.detail()).as(body).startsWith("HTTP 200, ");
        }
    }

    @Test
    void aClosedPort_isUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(matcher(Map.of("url", "http://127.0.0.1:" + closedPort)).match(DOCUMENT, SELFIE))
                .isEqualTo(FaceMatchResult.unavailable("connection failed"));
    }

    @Test
    void anUnreadableImage_isUnavailable_andNeverSent() {
        Portrait notAnImage = new Portrait(Portrait.JPEG, "%PDF-1.7".getBytes());

        assertThat(matcher(Map.of()).match(DOCUMENT, notAnImage))
                .isEqualTo(FaceMatchResult.unavailable("selfie: not a JPEG, PNG or JPEG 2000 image"));
        assertThat(matcher(Map.of()).match(notAnImage, SELFIE))
                .isEqualTo(FaceMatchResult.unavailable("document portrait: not a JPEG, PNG or JPEG 2000 image"));
        compreFace.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void logs_neverHoldTheImagesOrTheKey() {
        compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okJson(verified(0.91))));
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.face")) {
            matcher(Map.of()).match(DOCUMENT, SELFIE);
            compreFace.resetAll();
            compreFace.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(500)));
            matcher(Map.of()).match(DOCUMENT, SELFIE);

            assertThat(logs.lines()).hasSize(2);
            assertThat(logs.lines().get(0)).contains("MATCH", "0.910");
            assertThat(logs.lines().get(1)).startsWith("WARN").contains("HTTP 500");
            String start = base64(SELFIE).substring(0, 16);
            assertThat(logs.lines()).noneMatch(line -> line.contains(API_KEY) || line.contains(start)
                    || line.contains(base64(DOCUMENT).substring(0, 16)));
        }
    }

    private static String verified(double similarity) {
        return "{\"result\":[{\"source_image_face\":{\"box\":{\"probability\":0.99987,\"x_max\":200,\"y_max\":260,"
                + "\"x_min\":40,\"y_min\":50}},\"face_matches\":[{\"box\":{\"probability\":0.99941,\"x_max\":198,"
                + "\"y_max\":262,\"x_min\":42,\"y_min\":48},\"similarity\":" + similarity + "}]}]}";
    }

    private static String base64(Portrait portrait) {
        return Base64.getEncoder().encodeToString(portrait.bytes());
    }

    private static String onlyRequestBody() {
        assertThat(compreFace.getAllServeEvents()).hasSize(1);
        return compreFace.getAllServeEvents().get(0).getRequest().getBodyAsString();
    }

    private static Map<String, String> baseOptions() {
        return Map.of("url", compreFace.baseUrl(), "apiKey", API_KEY);
    }

    /** A matcher as Keycloak would create it, speaking to the fake CompreFace. */
    static HttpFaceMatcher matcher(Map<String, String> options) {
        Map<String, String> all = new HashMap<>(baseOptions());
        all.putAll(options);
        HttpFaceMatcherFactory factory = new HttpFaceMatcherFactory();
        factory.init(Scopes.of(all));
        return (HttpFaceMatcher) factory.create(null);
    }
}
