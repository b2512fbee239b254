package org.bawaba.sms.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.bawaba.authenticator.ServiceCalls;
import org.bawaba.spi.sms.SmsFailure;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsMessage;
import org.bawaba.spi.sms.SmsOutcome;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * Sends a message through an HTTP SMS API, retrying transient failures within a total deadline so a sign-in
 * never waits longer than {@code deadlineMs}. Logs the outcome, the status and the masked recipient only.
 */
public final class HttpSmsGatewayProvider implements SmsGatewayProvider {

    private static final Logger LOG = Logger.getLogger(HttpSmsGatewayProvider.class);

    /** Not worth starting an attempt with less time than this left. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(50);

    private final HttpClient client;
    private final HttpSmsGatewayConfig config;

    HttpSmsGatewayProvider(HttpClient client, HttpSmsGatewayConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public SmsOutcome send(SmsMessage message) {
        if (client == null || !config.isConfigured()) {
            LOG.warnf("SMS to %s not sent: gateway not configured", message.maskedRecipient());
            return SmsOutcome.failed(SmsFailure.UNAVAILABLE, "gateway not configured");
        }
        long deadline = System.nanoTime() + config.deadline().toNanos();
        Duration backoff = config.backoff();
        int attempts = 0;
        Attempt last;
        while (true) {
            attempts++;
            Duration timeout = min(config.timeout(), remaining(deadline));
            last = attempt(message, timeout.toMillis() < 1 ? Duration.ofMillis(1) : timeout);
            if (!(last.outcome() instanceof SmsOutcome.Failed failed) || !failed.failure().isTransient()
                    || attempts >= config.maxAttempts()
                    || remaining(deadline).compareTo(backoff.plus(MIN_ATTEMPT)) < 0) {
                break;
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            backoff = backoff.multipliedBy(2);
        }
        log(message, last, attempts);
        return last.outcome();
    }

    private record Attempt(SmsOutcome outcome, int status) {
    }

    private Attempt attempt(SmsMessage message, Duration timeout) {
        // The request timeout covers the wait for headers; the exchange's bound also covers reading the body.
        ServiceCalls.Exchange exchange =
                ServiceCalls.exchange(client, request(message, timeout), timeout.plusMillis(100));
        if (!exchange.answered()) {
            return new Attempt(SmsOutcome.failed(SmsFailure.UNAVAILABLE, exchange.failure()), 0);
        }
        HttpResponse<String> response = exchange.response();
        return new Attempt(outcome(response, message), response.statusCode());
    }

    private HttpRequest request(SmsMessage message, Duration timeout) {
        URI uri = URI.create(Placeholders.fill(config.url(), message, Placeholders::urlEncode));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        if (config.method().equals("GET")) {
            builder.GET();
        } else {
            String body = Placeholders.fill(config.bodyTemplate(), message,
                    Placeholders.escapingFor(config.contentType()));
            builder.header("Content-Type", config.contentType())
                    .method(config.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        builder.header("Accept", "application/json, */*;q=0.5");
        config.headers().forEach(builder::header);
        HttpSmsGatewayConfig.Auth auth = config.auth();
        if (auth instanceof HttpSmsGatewayConfig.Auth.Basic basic) {
            String pair = basic.username() + ":" + basic.password();
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else if (auth instanceof HttpSmsGatewayConfig.Auth.Bearer bearer) {
            builder.header("Authorization", "Bearer " + bearer.token());
        } else if (auth instanceof HttpSmsGatewayConfig.Auth.ApiKey apiKey) {
            builder.header(apiKey.header(), apiKey.value());
        }
        return builder.build();
    }

    private SmsOutcome outcome(HttpResponse<String> response, SmsMessage message) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return SmsOutcome.sent(messageId(response.body(), message.reference()));
        }
        // 408 and 429 are the gateway asking us to come back, like 5xx.
        if (status >= 500 || status == 408 || status == 429) {
            return SmsOutcome.failed(SmsFailure.UNAVAILABLE, "HTTP " + status);
        }
        if (status >= 400 && status < 500 && response.body() != null
                && config.invalidNumberPattern().matcher(response.body()).find()) {
            return SmsOutcome.failed(SmsFailure.INVALID_NUMBER, "HTTP " + status + ": invalid number");
        }
        // Other 4xx, and 1xx/3xx (redirects are not followed: the URL is wrong).
        return SmsOutcome.failed(SmsFailure.REFUSED, "HTTP " + status);
    }

    /** The value at the dotted path (array indexes allowed, e.g. {@code messages.0.id}), else the reference. */
    String messageId(String body, String reference) {
        String path = config.messageIdPath();
        if (path == null || body == null || body.isBlank()) {
            return reference;
        }
        JsonNode node;
        try {
            node = JsonSerialization.mapper.readTree(body);
        } catch (IOException e) {
            return reference;
        }
        for (String segment : path.split("\\.")) {
            if (node == null) {
                break;
            }
            node = node.isArray() && segment.matches("\\d{1,9}") ? node.get(Integer.parseInt(segment))
                    : node.get(segment);
        }
        if (node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            return reference;
        }
        return node.asText();
    }

    private static void log(SmsMessage message, Attempt last, int attempts) {
        if (last.outcome() instanceof SmsOutcome.Failed failed) {
            LOG.warnf("SMS to %s failed: %s, %s, after %d attempt(s)", message.maskedRecipient(), failed.failure(),
                    failed.detail(), attempts);
        } else {
            LOG.debugf("SMS to %s sent: HTTP %d, after %d attempt(s)", message.maskedRecipient(), last.status(),
                    attempts);
        }
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
