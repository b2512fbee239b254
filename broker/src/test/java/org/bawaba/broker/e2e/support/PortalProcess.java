package org.bawaba.broker.e2e.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The integrators' portal (portal/, Quarkus) as a process of its own beside the test server, as it runs in
 * production: the same jar, an in-memory database, the front door at the test server's address. Stopped by its PID.
 */
public final class PortalProcess implements AutoCloseable {

    public static final int PORT = 8095;
    public static final String BASE = "http://localhost:" + PORT;

    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private static PortalProcess shared;

    private PortalProcess(Process process) {
        this.process = process;
    }

    /**
     * The portal for the end-to-end suite: started once for every test class that needs it, stopped when the test JVM
     * ends (the server they share lives as long).
     */
    public static synchronized PortalProcess shared(String brokerBase) {
        if (shared == null || !shared.process.isAlive()) {
            shared = start(brokerBase);
            PortalProcess started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "portal-stop"));
        }
        return shared;
    }

    /** Starts the portal against the broker at {@code brokerBase} and waits until it answers. */
    public static PortalProcess start(String brokerBase) {
        String jar = System.getProperty("bawaba.portal.jar", "../portal/target/quarkus-app/quarkus-run.jar");
        if (!new File(jar).isFile()) {
            throw new AssertionError("no portal jar at " + jar + ": build portal/ first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + PORT,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:portal-e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "-Dquarkus.oidc.auth-server-url=" + brokerBase + "/realms/bawaba",
                "-Dquarkus.keycloak.admin-client.server-url=" + brokerBase,
                "-jar", jar));
        Path log = Path.of("target", "portal-e2e.log");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            PortalProcess portal = new PortalProcess(process);
            portal.awaitReady(Duration.ofSeconds(90), log);
            return portal;
        } catch (IOException e) {
            throw new AssertionError("could not start the portal: " + e, e);
        }
    }

    /** Calls the portal's API with a bearer token; a JSON body in, the status and JSON body out. */
    public RelyingParty.Json call(String method, String path, String bearer, Object jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(asObject(jsonBody))));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            Map<String, Object> parsed = body == null || body.isBlank() || !body.strip().startsWith("{")
                    ? Map.of("raw", body == null ? "" : body) : JSONObjectUtils.parse(body);
            return new RelyingParty.Json(response.statusCode(), parsed);
        } catch (IOException | java.text.ParseException e) {
            throw new AssertionError("portal call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object body) {
        return (Map<String, Object>) body;
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal stopped at start; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "/q/openapi")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        close();
        throw new AssertionError("the portal did not answer within " + timeout + "; see " + log.toAbsolutePath());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
