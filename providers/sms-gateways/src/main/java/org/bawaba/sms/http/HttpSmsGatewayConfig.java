package org.bawaba.sms.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.bawaba.authenticator.ServiceOptions;
import org.keycloak.Config;

/**
 * The HTTP gateway's server options, read once from {@code --spi-bawaba-sms-gateway--http--<option>}.
 * Keys are camelCase here; Keycloak maps them to dash-case on the command line ({@code timeoutMs} is
 * {@code --spi-bawaba-sms-gateway--http--timeout-ms}).
 *
 * @param url                  the gateway endpoint; may hold placeholders (URL-encoded), e.g. for GET APIs.
 *                             {@code null} when not configured
 * @param headers              static headers added to every request
 * @param invalidNumberPattern searched for in a 4xx response body to tell INVALID_NUMBER from REFUSED
 */
public record HttpSmsGatewayConfig(
        String url,
        String method,
        String contentType,
        String bodyTemplate,
        Auth auth,
        Map<String, String> headers,
        Duration timeout,
        int maxAttempts,
        Duration backoff,
        Duration deadline,
        String messageIdPath,
        Pattern invalidNumberPattern) {

    private static final String OWNER = "bawaba-sms-gateway http";

    static final String URL = "url";
    static final String METHOD = "method";
    static final String CONTENT_TYPE = "contentType";
    static final String BODY_TEMPLATE = "bodyTemplate";
    static final String AUTH = "auth";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String TOKEN = "token";
    static final String API_KEY_HEADER = "apiKeyHeader";
    static final String API_KEY = "apiKey";
    static final String HEADERS = "headers";
    static final String TIMEOUT_MS = "timeoutMs";
    static final String MAX_ATTEMPTS = "maxAttempts";
    static final String BACKOFF_MS = "backoffMs";
    static final String DEADLINE_MS = "deadlineMs";
    static final String MESSAGE_ID_PATH = "messageIdPath";
    static final String INVALID_NUMBER_PATTERN = "invalidNumberPattern";

    static final String DEFAULT_METHOD = "POST";
    static final String DEFAULT_CONTENT_TYPE = "application/json";
    static final String DEFAULT_BODY_TEMPLATE = "{\"to\":\"${to}\",\"text\":\"${text}\",\"reference\":\"${reference}\"}";
    static final String DEFAULT_API_KEY_HEADER = "X-API-Key";
    static final long DEFAULT_TIMEOUT_MS = 5_000;
    static final int DEFAULT_MAX_ATTEMPTS = 3;
    static final long DEFAULT_BACKOFF_MS = 250;
    static final long DEFAULT_DEADLINE_MS = 10_000;
    static final String DEFAULT_MESSAGE_ID_PATH = "id";
    /** Matches e.g. "Invalid phone number", "invalid_msisdn", "Unknown recipient", "number is not valid". */
    static final String DEFAULT_INVALID_NUMBER_PATTERN = "(?i)"
            + "(invalid|unknown|bad|wrong|malformed|unreachable)[\\s_'\"-]*(phone|mobile|destination|recipient|msisdn|number|receiver|to\\b)"
            + "|(phone|mobile|destination|recipient|msisdn|number|receiver)[\\s_'\"-]*(number[\\s_-]*)?(is[\\s_-]+)?"
            + "(invalid|unknown|not[\\s_-]+(a[\\s_-]+)?valid|malformed|unreachable)";

    public HttpSmsGatewayConfig {
        headers = Map.copyOf(headers);
    }

    public boolean isConfigured() {
        return url != null;
    }

    /** How the gateway authenticates us. Secrets never appear in {@link #toString()}. */
    public sealed interface Auth {
        record None() implements Auth {
        }

        record Basic(String username, String password) implements Auth {
            @Override
            public String toString() {
                return "Basic[username=" + username + "]";
            }
        }

        record Bearer(String token) implements Auth {
            @Override
            public String toString() {
                return "Bearer[***]";
            }
        }

        record ApiKey(String header, String value) implements Auth {
            @Override
            public String toString() {
                return "ApiKey[header=" + header + "]";
            }
        }
    }

    /**
     * Reads and checks the options.
     *
     * @throws IllegalArgumentException naming the option when a given value is malformed; a missing url is not
     *                                  an error here (see {@link #isConfigured()})
     */
    public static HttpSmsGatewayConfig from(Config.Scope scope) {
        String url = ServiceOptions.blankToNull(scope.get(URL));
        if (url != null) {
            ServiceOptions.httpUri(url.replace("${", "_").replace("}", "_"), OWNER, URL);
        }
        String method = scope.get(METHOD, DEFAULT_METHOD).trim().toUpperCase(Locale.ROOT);
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("GET")) {
            throw invalid(METHOD, "must be POST, PUT or GET");
        }
        int maxAttempts = scope.getInt(MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS);
        if (maxAttempts < 1) {
            throw invalid(MAX_ATTEMPTS, "must be at least 1");
        }
        Pattern invalidNumber;
        try {
            invalidNumber = Pattern.compile(scope.get(INVALID_NUMBER_PATTERN, DEFAULT_INVALID_NUMBER_PATTERN));
        } catch (PatternSyntaxException e) {
            throw invalid(INVALID_NUMBER_PATTERN, "not a regular expression");
        }
        return new HttpSmsGatewayConfig(
                url,
                method,
                scope.get(CONTENT_TYPE, DEFAULT_CONTENT_TYPE).trim(),
                scope.get(BODY_TEMPLATE, DEFAULT_BODY_TEMPLATE),
                auth(scope),
                headers(scope.get(HEADERS)),
                positiveMillis(scope, TIMEOUT_MS, DEFAULT_TIMEOUT_MS),
                maxAttempts,
                Duration.ofMillis(Math.max(0, scope.getLong(BACKOFF_MS, DEFAULT_BACKOFF_MS))),
                positiveMillis(scope, DEADLINE_MS, DEFAULT_DEADLINE_MS),
                ServiceOptions.blankToNull(scope.get(MESSAGE_ID_PATH, DEFAULT_MESSAGE_ID_PATH)),
                invalidNumber);
    }

    private static Auth auth(Config.Scope scope) {
        String kind = scope.get(AUTH, "none").trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "none" -> new Auth.None();
            case "basic" -> new Auth.Basic(required(scope, USERNAME, kind), scope.get(PASSWORD, ""));
            case "bearer" -> new Auth.Bearer(required(scope, TOKEN, kind));
            case "api-key" -> {
                String header = scope.get(API_KEY_HEADER, DEFAULT_API_KEY_HEADER).trim();
                checkSettable(API_KEY_HEADER, header, "");
                yield new Auth.ApiKey(header, required(scope, API_KEY, kind));
            }
            default -> throw invalid(AUTH, "must be none, basic, bearer or api-key");
        };
    }

    /** {@code Name: value, Other-Name: value}; values cannot hold commas. */
    static Map<String, String> headers(String option) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (option == null || option.isBlank()) {
            return headers;
        }
        for (String entry : option.split(",")) {
            int colon = entry.indexOf(':');
            String name = colon < 0 ? "" : entry.substring(0, colon).trim();
            if (name.isEmpty() || !name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw invalid(HEADERS, "expected 'Name: value' pairs separated by commas");
            }
            String value = entry.substring(colon + 1).trim();
            checkSettable(HEADERS, name, value);
            headers.put(name, value);
        }
        return headers;
    }

    /** The JDK client refuses some headers (Host, Connection, Content-Length, …): say so at start, not at send. */
    private static void checkSettable(String option, String name, String value) {
        try {
            HttpRequest.newBuilder(URI.create("http://localhost/")).header(name, value);
        } catch (IllegalArgumentException e) {
            throw invalid(option, "cannot set header '" + name + "'");
        }
    }

    private static String required(Config.Scope scope, String option, String auth) {
        String value = ServiceOptions.blankToNull(scope.get(option));
        if (value == null) {
            throw invalid(option, "required when auth is " + auth);
        }
        return value;
    }

    private static Duration positiveMillis(Config.Scope scope, String option, long defaultValue) {
        return ServiceOptions.positiveMillis(scope, OWNER, option, defaultValue);
    }

    private static IllegalArgumentException invalid(String option, String why) {
        return ServiceOptions.invalid(OWNER, option, why);
    }
}
