package org.bawaba.broker.e2e.support.eid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The face-verification service (CompreFace's {@code POST /api/v1/verification/verify}) as the broker sees it in
 * tests: WireMock on a fixed port, which {@code BawabaServerConfig} gives to the {@code http} face matcher. By default
 * it answers like the real service would for the simulator's photos: the same face (the selfie is the chip's
 * portrait) gets a high similarity, another face a low one. Register it on a test class like {@code SmsGatewayStub}.
 */
public final class FaceServiceStub implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final int PORT = 18091;
    public static final String PATH = "/api/v1/verification/verify";
    public static final String API_KEY = "test-only-face-service-key";

    private final WireMockServer server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1")
            .extensions(new ComparesTheTwoImages()));

    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        comparing();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** The normal service: same image, similarity 0.99; another image, 0.12. */
    public void comparing() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withTransformers(ComparesTheTwoImages.NAME)));
    }

    public void failingWith(int status) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"upstream\",\"code\":0}")));
    }

    public void answeringAfter(int millis) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withFixedDelay(millis)
                .withHeader("Content-Type", "application/json").withTransformers(ComparesTheTwoImages.NAME)));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
    }

    /** Answers as CompreFace does, from the two images of the request. */
    static final class ComparesTheTwoImages implements ResponseDefinitionTransformerV2 {

        static final String NAME = "compares-the-two-images";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                Map<String, Object> body = JSONObjectUtils.parse(serveEvent.getRequest().getBodyAsString());
                Object source = body.get("source_image");
                Object target = body.get("target_image");
                if (!API_KEY.equals(serveEvent.getRequest().getHeader("x-api-key"))) {
                    return ResponseDefinition.notAuthorised();
                }
                double similarity = source != null && source.equals(target) ? 0.99 : 0.12;
                // A new definition: the stub's own delay (answeringAfter) must be carried over, or it is lost.
                return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder()
                        .withFixedDelay(serveEvent.getResponseDefinition().getFixedDelayMilliseconds())
                        .withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"result\":[{\"source_image_face\":{\"box\":{\"probability\":0.99,\"x_max\":200,"
                                + "\"y_max\":260,\"x_min\":40,\"y_min\":60}},\"face_matches\":[{\"box\":{\"probability\":"
                                + "0.99,\"x_max\":200,\"y_max\":260,\"x_min\":40,\"y_min\":60},\"similarity\":"
                                + similarity + "}]}]}")
                        .build();
            } catch (java.text.ParseException e) {
                return ResponseDefinition.badRequestEntity(null);
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
