package org.bawaba.registry.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import org.bawaba.authenticator.ServiceOptions;
import org.keycloak.Config;

/**
 * The HTTP registry's server options, read once from {@code --spi-bawaba-identity-registry--http--<option>} (camelCase
 * here, dash-case on the command line: {@code baseUrl} is {@code --spi-bawaba-identity-registry--http--base-url}).
 *
 * @param baseUrl        the API's root, without a trailing slash; null when not configured
 * @param authorization  the Authorization header value, null for none; never printed
 * @param attemptTimeout the wait for one answer, headers and body
 * @param deadline       the total time of one call, attempts and waits included
 */
public record HttpRegistryConfig(String baseUrl, String authorization, Duration connectTimeout, Duration attemptTimeout,
                                 Duration deadline) {

    static final String OWNER = "bawaba-identity-registry http";

    static final String BASE_URL = "baseUrl";
    static final String TOKEN = "token";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String CONNECT_TIMEOUT_MILLIS = "connectTimeoutMillis";
    static final String ATTEMPT_TIMEOUT_MILLIS = "attemptTimeoutMillis";
    static final String DEADLINE_MILLIS = "deadlineMillis";

    static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = 1_000;
    static final long DEFAULT_ATTEMPT_TIMEOUT_MILLIS = 2_500;
    static final long DEFAULT_DEADLINE_MILLIS = 5_000;

    /** Plain http is accepted for these hosts only: a person's identifiers and answers never cross a network in clear. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public boolean isConfigured() {
        return baseUrl != null;
    }

    /**
     * Reads and checks the options.
     *
     * @throws IllegalArgumentException naming the option, never its value, when a given value is malformed; a missing
     *                                  baseUrl is not an error here (see {@link #isConfigured()})
     */
    public static HttpRegistryConfig from(Config.Scope scope) {
        String baseUrl = ServiceOptions.blankToNull(scope.get(BASE_URL));
        if (baseUrl != null) {
            URI uri = ServiceOptions.httpUri(baseUrl, OWNER, BASE_URL);
            if (uri.getScheme().equalsIgnoreCase("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                throw ServiceOptions.invalid(OWNER, BASE_URL, "must be https (http only for localhost)");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw ServiceOptions.invalid(OWNER, BASE_URL, "must have no query or fragment");
            }
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
        return new HttpRegistryConfig(baseUrl, authorization(scope),
                ServiceOptions.positiveMillis(scope, OWNER, CONNECT_TIMEOUT_MILLIS, DEFAULT_CONNECT_TIMEOUT_MILLIS),
                ServiceOptions.positiveMillis(scope, OWNER, ATTEMPT_TIMEOUT_MILLIS, DEFAULT_ATTEMPT_TIMEOUT_MILLIS),
                ServiceOptions.positiveMillis(scope, OWNER, DEADLINE_MILLIS, DEFAULT_DEADLINE_MILLIS));
    }

    /** A bearer token, or a user and password for basic authentication; not both. */
    private static String authorization(Config.Scope scope) {
        String token = ServiceOptions.blankToNull(scope.get(TOKEN));
        String username = ServiceOptions.blankToNull(scope.get(USERNAME));
        String password = scope.get(PASSWORD);
        if (token != null && (username != null || password != null)) {
            throw ServiceOptions.invalid(OWNER, TOKEN, "cannot be given with username and password");
        }
        if (token != null) {
            return "Bearer " + token;
        }
        if (username == null && password == null) {
            return null;
        }
        if (username == null) {
            throw ServiceOptions.invalid(OWNER, USERNAME, "is required with password");
        }
        if (username.contains(":")) {
            throw ServiceOptions.invalid(OWNER, USERNAME, "cannot hold ':' (basic authentication)");
        }
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Which authentication, never the secret. */
    String authKind() {
        if (authorization == null) {
            return "none";
        }
        return authorization.startsWith("Bearer ") ? "bearer" : "basic";
    }

    @Override
    public String toString() {
        return "HttpRegistryConfig[baseUrl=" + baseUrl + ", auth=" + authKind() + ", connectTimeout=" + connectTimeout
                + ", attemptTimeout=" + attemptTimeout + ", deadline=" + deadline + "]";
    }
}
