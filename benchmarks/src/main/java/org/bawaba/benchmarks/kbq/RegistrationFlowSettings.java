package org.bawaba.benchmarks.kbq;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The settings of the {@code account-registration} flow's identification and question steps, changed for a run
 * through Keycloak's admin REST API and put back as they were by {@link #close()}, which a shutdown hook also calls
 * when the run is interrupted (Ctrl-C, TERM). Only the authenticator configs of the two executions are touched, and
 * they are restored whole (a key that was absent is absent again).
 */
final class RegistrationFlowSettings implements AutoCloseable {

    static final String FLOW = "account-registration";
    static final String IDENTIFY = "bawaba-kbq-identify";
    static final String ANSWER = "bawaba-kbq-answer-to-register";

    static final String MAX_PER_PERSON = "kbq.maxFailuresPerPerson";
    static final String MAX_PER_ADDRESS = "kbq.maxFailuresPerAddress";
    static final String CAPTCHA_MAX_NUMBER = "captcha.maxNumber";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI baseUrl;
    private final String adminUser;
    private final String adminPassword;
    private final PrintStream log;
    /** The configs as they were, by config id. */
    private final Map<String, ObjectNode> originals = new LinkedHashMap<>();
    private final Thread hook = new Thread(this::restore, "restore-kbq-settings");
    private boolean restored;

    private RegistrationFlowSettings(HttpClient http, TimingOptions options, PrintStream log) {
        this.http = http;
        this.baseUrl = options.baseUrl();
        this.adminUser = options.adminUser();
        this.adminPassword = options.adminPassword();
        this.log = log;
    }

    /**
     * Raises the failure limits of both steps to {@code failureLimit} and, unless it is 0, sets the captcha's
     * maxNumber of the identification step; prints what it changed, with the values to put back by hand if the
     * restore could not run.
     */
    static RegistrationFlowSettings change(HttpClient http, TimingOptions options, PrintStream log) {
        RegistrationFlowSettings settings = new RegistrationFlowSettings(http, options, log);
        Runtime.getRuntime().addShutdownHook(settings.hook);
        try {
            String token = settings.token();
            String limit = Integer.toString(options.failureLimit());
            for (JsonNode execution : settings.call(token, "GET", settings.flowPath() + "/executions", null)) {
                String provider = execution.path("providerId").asText();
                if (!provider.equals(IDENTIFY) && !provider.equals(ANSWER)) {
                    continue;
                }
                String configId = execution.path("authenticationConfig").asText(null);
                if (configId == null) {
                    throw new IllegalStateException("the " + provider + " execution of " + FLOW + " has no config");
                }
                ObjectNode original = (ObjectNode) settings.call(token, "GET", settings.configPath(configId), null);
                ObjectNode changed = original.deepCopy();
                ObjectNode config = changed.with("config");
                config.put(MAX_PER_PERSON, limit);
                config.put(MAX_PER_ADDRESS, limit);
                if (provider.equals(IDENTIFY) && options.captchaMaxNumber() > 0) {
                    config.put(CAPTCHA_MAX_NUMBER, Integer.toString(options.captchaMaxNumber()));
                }
                settings.originals.put(configId, original);
                log.printf("settings: %s config %s was %s; for the run %s%n", provider,
                        original.path("alias").asText(configId), original.path("config"), config);
                settings.call(token, "PUT", settings.configPath(configId), changed);
            }
            if (settings.originals.size() != 2) {
                throw new IllegalStateException("expected the " + IDENTIFY + " and " + ANSWER + " executions in "
                        + FLOW + ", found " + settings.originals.size() + " of them");
            }
        } catch (RuntimeException e) {
            settings.close();
            throw e;
        }
        return settings;
    }

    /** Puts the settings back as they were (once; the shutdown hook is then removed). */
    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (and finds the settings restored)
        }
    }

    private synchronized void restore() {
        if (restored || originals.isEmpty()) {
            restored = true;
            return;
        }
        try {
            String token = token();
            for (Map.Entry<String, ObjectNode> original : originals.entrySet()) {
                call(token, "PUT", configPath(original.getKey()), original.getValue());
            }
            log.println("settings: restored " + originals.size() + " authenticator configs of " + FLOW);
            restored = true;
        } catch (RuntimeException e) {
            log.println("settings: COULD NOT RESTORE the authenticator configs of " + FLOW + " (" + e.getMessage()
                    + "); put back by hand: " + originals.values());
        }
    }

    private String flowPath() {
        return "/admin/realms/" + RegistrationAttempt.REALM + "/authentication/flows/"
                + URLEncoder.encode(FLOW, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String configPath(String configId) {
        return "/admin/realms/" + RegistrationAttempt.REALM + "/authentication/config/" + configId;
    }

    /** A fresh access token of the administrator (admin-cli's last a minute, shorter than a run). */
    private String token() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", adminUser);
        form.put("password", adminPassword);
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(RegistrationAttempt.encode(form))).build();
        return exchange(request).path("access_token").asText();
    }

    private JsonNode call(String token, String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return exchange(request.build());
    }

    private JsonNode exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri().getPath() + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
