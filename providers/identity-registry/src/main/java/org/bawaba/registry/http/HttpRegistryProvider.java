package org.bawaba.registry.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.bawaba.authenticator.ServiceCalls;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.IdentityRegistryProvider;
import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;
import org.bawaba.spi.registry.RegisteredPerson;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * An insurer's registry behind a REST API (the contract: README.md and {@code identity-registry-api.openapi.json}).
 * Transient failures (I/O, timeouts, 5xx, 429) are retried with a short backoff within a total deadline, so a person
 * never waits longer than {@code deadlineMillis}. Logs the operation, the status and the attempts: never an
 * identifier, an answer or a name.
 */
public final class HttpRegistryProvider implements IdentityRegistryProvider {

    static final String SEARCH = "/persons/search";
    static final String CHECK = "/persons/answers/check";

    private static final Logger LOG = Logger.getLogger(HttpRegistryProvider.class);

    /** The wait before the first retry, doubled each time. */
    static final Duration BACKOFF = Duration.ofMillis(100);
    /** Not worth starting an attempt with less time than this left. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(50);

    private final HttpClient client;
    private final HttpRegistryConfig config;

    HttpRegistryProvider(HttpClient client, HttpRegistryConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public Optional<RegisteredPerson> find(Identification identification) throws RegistryUnavailableException {
        HttpResponse<String> response = call("search", SEARCH, identificationBody(identification));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        RegisteredPerson person = person(read(response, "search"), "search");
        if (!names(person, identification)) {
            // The registry must never report a partial match: an answer about someone else is a broken registry.
            LOG.warnf("%s: search answered with a person who does not match the identification", HttpRegistryConfig.OWNER);
            throw new RegistryUnavailableException("registry answered with another person");
        }
        return Optional.of(person);
    }

    @Override
    public boolean answersMatch(Identification identification, Map<Question, String> answers)
            throws RegistryUnavailableException {
        Map<String, Object> body = identificationBody(identification);
        Map<String, String> sent = new LinkedHashMap<>();
        boolean wellFormed = true;
        Map<Question, String> given = new EnumMap<>(Question.class);
        if (answers != null) {
            given.putAll(answers);
        }
        for (Map.Entry<Question, String> answer : given.entrySet()) {
            if (answer.getValue() == null) {
                continue;
            }
            String normalized = answer.getKey().normalize(answer.getValue());
            // An answer that cannot be right is still sent, empty, so the registry does the same work.
            wellFormed &= normalized != null;
            sent.put(answer.getKey().name(), normalized == null ? "" : normalized);
        }
        body.put("answers", sent);
        HttpResponse<String> response = call("check", CHECK, body);
        if (response.statusCode() == 404) {
            return false;
        }
        JsonNode match = read(response, "check").get("match");
        if (match == null || !match.isBoolean()) {
            throw unreadable("check", "no boolean 'match'");
        }
        return match.booleanValue() & wellFormed;
    }

    private static Map<String, Object> identificationBody(Identification identification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identifierKind", identification.kind().name());
        body.put("identifier", identification.identifier());
        body.put("nationalId", identification.nationalId());
        body.put("birthDate", identification.birthDate().toString());
        return body;
    }

    /**
     * The answer to a POST: 2xx or 404. Retries what may pass (no answer, 5xx, 429) while the deadline allows.
     *
     * @throws RegistryUnavailableException with the last failure, never any of the request's values
     */
    private HttpResponse<String> call(String operation, String path, Map<String, Object> body)
            throws RegistryUnavailableException {
        if (client == null || !config.isConfigured()) {
            throw new RegistryUnavailableException("http registry not configured (no baseUrl)");
        }
        String json;
        try {
            json = JsonSerialization.writeValueAsString(body);
        } catch (IOException e) {
            throw new RegistryUnavailableException("request not serialisable");
        }
        long deadline = System.nanoTime() + config.deadline().toNanos();
        Duration backoff = BACKOFF;
        int attempts = 0;
        String failure;
        while (true) {
            attempts++;
            Duration timeout = min(config.attemptTimeout(), remaining(deadline));
            if (timeout.toMillis() < 1) {
                timeout = Duration.ofMillis(1);
            }
            ServiceCalls.Exchange exchange = ServiceCalls.exchange(client, request(path, json, timeout), timeout);
            if (exchange.answered()) {
                HttpResponse<String> response = exchange.response();
                int status = response.statusCode();
                if (status / 100 == 2 || status == 404) {
                    LOG.debugf("%s: %s answered HTTP %d after %d attempt(s)", HttpRegistryConfig.OWNER, operation,
                            status, attempts);
                    return response;
                }
                failure = "HTTP " + status;
                if (status < 500 && status != 429) {
                    // The request itself is refused (credentials, contract): trying again will not help.
                    break;
                }
            } else {
                failure = exchange.failure();
            }
            if (remaining(deadline).compareTo(backoff.plus(MIN_ATTEMPT)) < 0) {
                break;
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                break;
            }
            backoff = backoff.multipliedBy(2);
        }
        LOG.warnf("%s: %s unavailable: %s, after %d attempt(s)", HttpRegistryConfig.OWNER, operation, failure,
                attempts);
        throw new RegistryUnavailableException("registry " + operation + " unavailable: " + failure);
    }

    private HttpRequest request(String path, String json, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (config.authorization() != null) {
            builder.header("Authorization", config.authorization());
        }
        return builder.build();
    }

    private JsonNode read(HttpResponse<String> response, String operation) throws RegistryUnavailableException {
        String body = response.body();
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : JsonSerialization.mapper.readTree(body);
        } catch (IOException e) {
            throw unreadable(operation, "not JSON");
        }
        if (node == null || !node.isObject()) {
            throw unreadable(operation, "not a JSON object");
        }
        return node;
    }

    /** The person of a search answer; a field missing or malformed makes the whole answer unreadable. */
    private RegisteredPerson person(JsonNode json, String operation) throws RegistryUnavailableException {
        JsonNode identity = json.get("identity");
        if (identity == null || !identity.isObject()) {
            throw unreadable(operation, "no 'identity' object");
        }
        PaymentMode paymentMode;
        try {
            paymentMode = PaymentMode.valueOf(required(json, "paymentMode", operation));
        } catch (IllegalArgumentException e) {
            throw unreadable(operation, "unknown 'paymentMode'");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(required(identity, "birthDate", operation));
        } catch (DateTimeParseException e) {
            throw unreadable(operation, "'birthDate' is not YYYY-MM-DD");
        }
        return new RegisteredPerson(required(json, "personId", operation),
                required(json, "registrationNumber", operation), paymentMode,
                new RegisteredPerson.Identity(required(identity, "givenName", operation),
                        required(identity, "familyName", operation), optional(identity, "givenNameAr"),
                        optional(identity, "familyNameAr"), birthDate, optional(identity, "birthPlace"),
                        optional(identity, "birthCountry"), optional(identity, "gender"),
                        required(identity, "nationalId", operation)));
    }

    /** Whether the person is the one the identification names: same national ID, birth date and identifier. */
    private static boolean names(RegisteredPerson person, Identification identification) {
        boolean sameIdentifier = identification.kind() != IdentifierKind.REGISTRATION_NUMBER
                || Identification.normalize(person.registrationNumber()).equals(identification.identifier());
        return sameIdentifier
                && Identification.normalize(person.identity().nationalId()).equals(identification.nationalId())
                && person.identity().birthDate().equals(identification.birthDate());
    }

    private RegistryUnavailableException unreadable(String operation, String why) {
        // Names the field at most, never a value.
        LOG.warnf("%s: %s answer unreadable: %s", HttpRegistryConfig.OWNER, operation, why);
        return new RegistryUnavailableException("registry " + operation + " answer unreadable: " + why);
    }

    private String required(JsonNode node, String field, String operation) throws RegistryUnavailableException {
        String value = optional(node, field);
        if (value == null) {
            throw unreadable(operation, "no '" + field + "'");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
    }
}
