package org.bawaba.benchmarks.eid;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The face-verification service as the broker's {@code http} face matcher calls it (CompreFace's
 * {@code POST /api/v1/verification/verify} with header {@code x-api-key}), answering "same face, similarity 0.99"
 * at once or after a fixed delay, whatever the images: so that the load measures Bawaba, not a face model. Requests
 * are counted, not journaled (a journal would grow with the run).
 */
final class FaceServiceMock implements AutoCloseable {

    static final String PATH = "/api/v1/verification/verify";
    private static final String BOX = "{\"probability\":0.99,\"x_max\":200,\"y_max\":260,\"x_min\":40,\"y_min\":60}";
    private static final String MATCH = "{\"result\":[{\"source_image_face\":{\"box\":" + BOX + "},"
            + "\"face_matches\":[{\"box\":" + BOX + ",\"similarity\":0.99}]}]}";

    private final AtomicInteger matches = new AtomicInteger();
    private final AtomicInteger others = new AtomicInteger();
    private final WireMockServer server;

    FaceServiceMock(int port, String apiKey, int delayMillis, int threads) {
        ServeEventListener counter = new ServeEventListener() {
            @Override
            public void afterComplete(ServeEvent event, Parameters parameters) {
                (event.getResponse().getStatus() == 200 ? matches : others).incrementAndGet();
            }

            @Override
            public String getName() {
                return "bawaba-face-call-counter";
            }
        };
        server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).containerThreads(threads)
                .disableRequestJournal().notifier(new ConsoleNotifier(false)).extensions(counter));
        server.stubFor(post(urlPathEqualTo(PATH)).withHeader("x-api-key", equalTo(apiKey))
                .willReturn(okJson(MATCH).withFixedDelay(delayMillis)));
        server.start();
    }

    /** Calls answered with a match. */
    int matches() {
        return matches.get();
    }

    /** Calls answered otherwise (wrong path or key: 404). */
    int others() {
        return others.get();
    }

    @Override
    public void close() {
        server.stop();
    }
}
