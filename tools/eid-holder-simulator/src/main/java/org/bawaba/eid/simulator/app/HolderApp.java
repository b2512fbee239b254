package org.bawaba.eid.simulator.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import org.bawaba.eid.simulator.document.Presentation;

/**
 * The phone app's client of the holder API ({@code holder-api.openapi.json} of the e-ID sign-in provider): every
 * call carries {@code Authorization: Bearer {secret}}. Answers that are not 2xx come back as {@link Outcome}s, never
 * as exceptions, except from {@link #fetchTransaction()}, which has no transaction to return. A call that gets no
 * answer at all (refused connection, time-out) throws {@link UncheckedIOException}.
 */
public final class HolderApp {

    /** How long one call may take, connection included. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String JSON = "application/json";

    private final HolderLink link;
    private final HttpClient client;

    /** A client with the JVM's default TLS trust ({@code javax.net.ssl.trustStore}). */
    public HolderApp(HolderLink link) {
        this(link, HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    /** A client that calls through {@code client}, e.g. one that trusts a test server's certificate. */
    public HolderApp(HolderLink link, HttpClient client) {
        this.link = Objects.requireNonNull(link, "link");
        this.client = Objects.requireNonNull(client, "client");
    }

    public HolderLink link() {
        return link;
    }

    /**
     * {@code GET /transaction}: the transaction with a fresh challenge (the previous one is cancelled).
     *
     * @throws HolderApiException    when the answer is not 200 (its outcome holds the status and the problem)
     * @throws IllegalStateException when a 200 answer is not a {@code Transaction}
     */
    public Transaction fetchTransaction() {
        RawAnswer answer = fetchRaw();
        if (answer.status() != 200) {
            throw new HolderApiException("GET /transaction", HolderJson.outcome(answer.status(), answer.body()));
        }
        return HolderJson.transaction(answer.body());
    }

    /** {@code GET /transaction} as received. */
    public RawAnswer fetchRaw() {
        HttpRequest request = request("/transaction").header("Accept", JSON).GET().build();
        return send(request);
    }

    /**
     * {@code POST /transaction/presentation} of exactly {@code presentation}: its challenge, EF.SOD, every data group
     * it holds, its Active Authentication answer when it has one, and the selfie when not null.
     *
     * @param selfieJpeg the selfie (sent as {@code image/jpeg}), or null for none
     */
    public Outcome present(Presentation presentation, byte[] selfieJpeg) {
        return postRaw(presentationJson(presentation, selfieJpeg));
    }

    /**
     * The {@code Presentation} body that {@link #present} posts, for tests that alter it before
     * {@link #postRaw(String)}.
     */
    public static String presentationJson(Presentation presentation, byte[] selfieJpeg) {
        return HolderJson.presentation(presentation, selfieJpeg);
    }

    /** Posts {@code json} as the presentation, as it is (malformed or oversized bodies included). */
    public Outcome postRaw(String json) {
        return postRaw(json.getBytes(StandardCharsets.UTF_8), JSON);
    }

    /** Posts {@code body} as the presentation with the given {@code Content-Type} (or none when null). */
    public Outcome postRaw(byte[] body, String contentType) {
        HttpRequest.Builder request = request("/transaction/presentation").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        RawAnswer answer = send(request.build());
        return HolderJson.outcome(answer.status(), answer.body());
    }

    private HttpRequest.Builder request(String resource) {
        URI uri = link.resolve(resource);
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + link.secret());
    }

    private RawAnswer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new RawAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException(request.method() + " " + request.uri()
                    + " interrupted"));
        }
    }
}
