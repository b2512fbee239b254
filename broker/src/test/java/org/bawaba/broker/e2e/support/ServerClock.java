package org.bawaba.broker.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Moves Keycloak's clock ({@code org.keycloak.common.util.Time}) on the server under test, through the test
 * framework's remote provider that BawabaServerConfig deploys in tests only.
 */
public final class ServerClock {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    public ServerClock(String brokerBaseUrl) {
        this.endpoint = URI.create(brokerBaseUrl + "/realms/master/testing-timeoffset");
    }

    public void advance(Duration offset) {
        set(offset.toSeconds());
    }

    public void reset() {
        set(0);
    }

    private void set(long seconds) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"offset\": " + seconds + "}"))
                    .timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError("time offset refused: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new AssertionError("time offset request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
