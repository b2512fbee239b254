package org.bawaba.sms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.bawaba.spi.sms.SmsFailure;
import org.bawaba.spi.sms.SmsMessage;
import org.bawaba.spi.sms.SmsOutcome;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSmsGatewayProviderTest {

    private static final String TO = "+212612345678";
    /** Quotes, a backslash, a newline, Arabic and a would-be placeholder: everything escaping must survive. */
    private static final String TEXT = "Code \"481516\"\\ للتحقق\nرمزك: 481516 ${to} & more";
    private static final SmsMessage MESSAGE = new SmsMessage(TO, TEXT, "ref-42");

    /** Longer than any timeout these tests set: an answer that must never be waited for. */
    private static final int SLOW_ANSWER_MS = 5_000;

    private static WireMockServer gateway;

    @BeforeAll
    static void startGateway() {
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void reset() {
        gateway.resetAll();
    }

    @Test
    void defaultJsonTemplate_postsTheMessageAsEscapedJson() {
        gateway.stubFor(post("/sms").willReturn(okJson("{\"id\":\"gw-1\"}")));

        SmsOutcome outcome = provider(Map.of()).send(MESSAGE);

        assertThat(outcome).isEqualTo(SmsOutcome.sent("gw-1"));
        gateway.verify(1, postRequestedFor(urlPathEqualTo("/sms"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"to\":\"+212612345678\",\"text\":" + jsonString(TEXT)
                        + ",\"reference\":\"ref-42\"}")));
        String body = onlyRequestBody();
        assertThat(body).contains("Code \\\"481516\\\"\\\\ للتحقق\\nرمزك").doesNotContain("\n")
                .contains("${to}");
    }

    @Test
    void formTemplate_urlEncodesEachValue_withPutAndStaticHeaders() {
        gateway.stubFor(put("/api/send").willReturn(aResponse().withStatus(202)));

        SmsOutcome outcome = provider(Map.of(
                "url", gateway.baseUrl() + "/api/send",
                "method", "put",
                "contentType", "application/x-www-form-urlencoded",
                "bodyTemplate", "from=Bawaba&to=${to}&body=${text}&ref=${reference}",
                "headers", "X-Tenant: bawaba, X-Channel: otp")).send(MESSAGE);

        assertThat(outcome).isEqualTo(SmsOutcome.sent("ref-42"));
        gateway.verify(1, putRequestedFor(urlPathEqualTo("/api/send"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withHeader("X-Tenant", equalTo("bawaba"))
                .withHeader("X-Channel", equalTo("otp")));
        String body = onlyRequestBody();
        assertThat(body).startsWith("from=Bawaba&to=%2B212612345678&body=").endsWith("&ref=ref-42")
                .doesNotContain(" ", "\n", "\"", "${");
        String encodedText = body.substring(body.indexOf("&body=") + 6, body.indexOf("&ref="));
        assertThat(URLDecoder.decode(encodedText, StandardCharsets.UTF_8)).isEqualTo(TEXT);
    }

    @Test
    void getWithPlaceholdersInTheUrl_sendsNoBody() {
        gateway.stubFor(get(urlPathEqualTo("/cgi/sendsms")).willReturn(aResponse().withStatus(200).withBody("OK")));

        SmsOutcome outcome = provider(Map.of(
                "url", gateway.baseUrl() + "/cgi/sendsms?to=${to}&text=${text}&id=${reference}",
                "method", "GET")).send(MESSAGE);

        assertThat(outcome).isEqualTo(SmsOutcome.sent("ref-42"));
        gateway.verify(1, getRequestedFor(urlPathEqualTo("/cgi/sendsms"))
                .withQueryParam("to", equalTo(TO))
                .withQueryParam("text", equalTo(TEXT))
                .withQueryParam("id", equalTo("ref-42")));
        assertThat(onlyRequestBody()).isEmpty();
    }

    @Test
    void basicAuth() {
        gateway.stubFor(post("/sms").willReturn(okJson("{}")));
        provider(Map.of("auth", "basic", "username", "bawaba", "password", "s3cret:é")).send(MESSAGE);
        gateway.verify(postRequestedFor(urlPathEqualTo("/sms")).withHeader("Authorization",
                equalTo("Basic " + java.util.Base64.getEncoder()
                        .encodeToString("bawaba:s3cret:é".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void bearerAuth() {
        gateway.stubFor(post("/sms").willReturn(okJson("{}")));
        provider(Map.of("auth", "bearer", "token", "tok-123")).send(MESSAGE);
        gateway.verify(postRequestedFor(urlPathEqualTo("/sms"))
                .withHeader("Authorization", equalTo("Bearer tok-123")));
    }

    @Test
    void apiKeyAuth_withDefaultAndCustomHeaderName() {
        gateway.stubFor(post("/sms").willReturn(okJson("{}")));
        provider(Map.of("auth", "api-key", "apiKey", "key-1")).send(MESSAGE);
        provider(Map.of("auth", "api-key", "apiKeyHeader", "X-Auth-Key", "apiKey", "key-2")).send(MESSAGE);
        gateway.verify(1, postRequestedFor(urlPathEqualTo("/sms")).withHeader("X-API-Key", equalTo("key-1")));
        gateway.verify(1, postRequestedFor(urlPathEqualTo("/sms")).withHeader("X-Auth-Key", equalTo("key-2")));
    }

    @Test
    void messageId_isReadAtTheDottedPath_elseTheReference() {
        assertThat(sentId(Map.of(), "{\"id\":\"abc\"}")).isEqualTo("abc");
        assertThat(sentId(Map.of(), "{\"id\":12345}")).isEqualTo("12345");
        assertThat(sentId(Map.of("messageIdPath", "data.messageId"), "{\"data\":{\"messageId\":\"m-9\"}}"))
                .isEqualTo("m-9");
        assertThat(sentId(Map.of("messageIdPath", "messages.0.message-id"),
                "{\"messages\":[{\"message-id\":\"v-1\"},{\"message-id\":\"v-2\"}]}")).isEqualTo("v-1");
        assertThat(sentId(Map.of("messageIdPath", "data.messageId"), "{\"data\":{}}")).isEqualTo("ref-42");
        assertThat(sentId(Map.of("messageIdPath", "data"), "{\"data\":{\"x\":1}}")).isEqualTo("ref-42");
        assertThat(sentId(Map.of(), "{\"id\":null}")).isEqualTo("ref-42");
        assertThat(sentId(Map.of(), "queued")).isEqualTo("ref-42");
        assertThat(sentId(Map.of(), "")).isEqualTo("ref-42");
    }

    @Test
    void clientErrors_areRefused_andNeverRetried() {
        for (int status : new int[] {400, 401, 403, 404, 422}) {
            gateway.resetAll();
            gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(status)
                    .withBody("{\"error\":\"Invalid API key\"}")));
            SmsOutcome outcome = provider(Map.of()).send(MESSAGE);
            assertThat(outcome).as("HTTP %d", status)
                    .isEqualTo(SmsOutcome.failed(SmsFailure.REFUSED, "HTTP " + status));
            gateway.verify(1, postRequestedFor(anyUrl()));
        }
    }

    @Test
    void redirects_areNotFollowed_andRefused() {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(302).withHeader("Location", "/other")));
        assertThat(provider(Map.of()).send(MESSAGE)).isEqualTo(SmsOutcome.failed(SmsFailure.REFUSED, "HTTP 302"));
        gateway.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void invalidNumber_isRecognisedInA4xxBody_byTheDefaultPattern() {
        for (String body : new String[] {"Invalid phone number", "{\"code\":\"invalid_msisdn\"}",
                "{\"error\":\"INVALID_RECIPIENT\"}", "Unknown recipient", "Destination number is not valid",
                "Recipient is not a valid number", "Invalid 'to' parameter"}) {
            gateway.resetAll();
            gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(400).withBody(body)));
            assertThat(provider(Map.of()).send(MESSAGE)).as(body)
                    .isEqualTo(SmsOutcome.failed(SmsFailure.INVALID_NUMBER, "HTTP 400: invalid number"));
            gateway.verify(1, postRequestedFor(anyUrl()));
        }
        for (String body : new String[] {"Invalid API key", "invalid token", "quota exceeded", ""}) {
            gateway.resetAll();
            gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(400).withBody(body)));
            assertThat(provider(Map.of()).send(MESSAGE)).as(body)
                    .isEqualTo(SmsOutcome.failed(SmsFailure.REFUSED, "HTTP 400"));
        }
    }

    @Test
    void invalidNumber_patternIsConfigurable_andIgnoredOutside4xx() {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(422).withBody("{\"code\":21211}")));
        assertThat(provider(Map.of("invalidNumberPattern", "\"code\":2121[14]")).send(MESSAGE))
                .isEqualTo(SmsOutcome.failed(SmsFailure.INVALID_NUMBER, "HTTP 422: invalid number"));

        gateway.resetAll();
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(503).withBody("invalid number")));
        assertThat(provider(Map.of("maxAttempts", "1")).send(MESSAGE))
                .isEqualTo(SmsOutcome.failed(SmsFailure.UNAVAILABLE, "HTTP 503"));
    }

    @Test
    void serverErrors_andTooManyRequests_areRetriedUpToMaxAttempts() {
        for (int status : new int[] {500, 502, 503, 429, 408}) {
            gateway.resetAll();
            gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(status)));
            SmsOutcome outcome = provider(Map.of()).send(MESSAGE);
            assertThat(outcome).as("HTTP %d", status)
                    .isEqualTo(SmsOutcome.failed(SmsFailure.UNAVAILABLE, "HTTP " + status));
            gateway.verify(3, postRequestedFor(anyUrl()));
        }
        gateway.resetAll();
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(500)));
        provider(Map.of("maxAttempts", "5")).send(MESSAGE);
        gateway.verify(5, postRequestedFor(anyUrl()));
    }

    @Test
    void aTransientFailure_thenSuccess_isSent() {
        gateway.stubFor(post("/sms").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        gateway.stubFor(post("/sms").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"id\":\"second\"}")));

        assertThat(provider(Map.of()).send(MESSAGE)).isEqualTo(SmsOutcome.sent("second"));
        gateway.verify(2, postRequestedFor(anyUrl()));
    }

    /*
     * Timing: a loaded machine only makes calls longer, so lower bounds are exact and upper bounds are set where the
     * broken behaviour would be (waiting for the slow answer, an attempt not cut by the deadline), not near the
     * expected time. The number of attempts, which the gateway counts, says the rest.
     */

    @Test
    void aSlowGateway_timesOut_andIsRetried() {
        gateway.stubFor(post("/sms").willReturn(okJson("{\"id\":\"late\"}").withFixedDelay(SLOW_ANSWER_MS)));

        long start = System.nanoTime();
        SmsOutcome outcome = provider(Map.of("timeoutMs", "250", "maxAttempts", "2")).send(MESSAGE);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome).isEqualTo(SmsOutcome.failed(SmsFailure.UNAVAILABLE, "timeout"));
        gateway.verify(2, postRequestedFor(anyUrl()));
        assertThat(elapsedMs).as("two attempts of 250 ms").isGreaterThanOrEqualTo(500L)
                .as("never waited for the slow answer").isLessThan((long) SLOW_ANSWER_MS);
    }

    @Test
    void theTotalDeadline_boundsAllAttempts() {
        gateway.stubFor(post("/sms").willReturn(okJson("{}").withFixedDelay(SLOW_ANSWER_MS)));

        long start = System.nanoTime();
        SmsOutcome outcome = provider(Map.of("timeoutMs", "300", "maxAttempts", "50", "deadlineMs", "800"))
                .send(MESSAGE);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome).isEqualTo(SmsOutcome.failed(SmsFailure.UNAVAILABLE, "timeout"));
        assertThat(gateway.findAll(postRequestedFor(anyUrl()))).as("each attempt lasts 300 ms: at most 3 in 800 ms, not 50")
                .hasSizeBetween(1, 3);
        assertThat(elapsedMs).as("attempts until the deadline is near").isGreaterThanOrEqualTo(600L);
    }

    @Test
    void theLastAttempt_isCutShortByTheDeadline() {
        gateway.stubFor(post("/sms").willReturn(okJson("{}").withFixedDelay(SLOW_ANSWER_MS)));

        long start = System.nanoTime();
        SmsOutcome outcome = provider(Map.of("timeoutMs", "4000", "maxAttempts", "5", "deadlineMs", "800"))
                .send(MESSAGE);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome).isEqualTo(SmsOutcome.failed(SmsFailure.UNAVAILABLE, "timeout"));
        gateway.verify(1, postRequestedFor(anyUrl()));
        assertThat(elapsedMs).as("the attempt ran until the deadline").isGreaterThanOrEqualTo(700L)
                .as("not for its own 4 s timeout").isLessThan(4_000L);
    }

    @Test
    void aClosedPort_isUnavailable_andRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long start = System.nanoTime();
        SmsOutcome outcome = provider(Map.of("url", "http://127.0.0.1:" + closedPort + "/sms", "backoffMs", "100"))
                .send(MESSAGE);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome).isEqualTo(SmsOutcome.failed(SmsFailure.UNAVAILABLE, "connection failed"));
        assertThat(elapsedMs).as("waited 100 then 200 ms between the three attempts").isGreaterThanOrEqualTo(300L);
    }

    @Test
    void logs_holdTheMaskedRecipientAndOutcome_neverTheTextOrTheNumber() {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(400).withBody("Invalid phone number")));
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.sms")) {
            provider(Map.of()).send(MESSAGE);
            gateway.resetAll();
            gateway.stubFor(post("/sms").willReturn(okJson("{\"id\":\"x\"}")));
            provider(Map.of()).send(MESSAGE);

            assertThat(logs.lines()).hasSize(2);
            assertThat(logs.lines().get(0)).contains(MESSAGE.maskedRecipient(), "INVALID_NUMBER", "HTTP 400");
            assertThat(logs.lines().get(1)).contains(MESSAGE.maskedRecipient(), "sent", "HTTP 200");
            assertThat(logs.lines()).noneMatch(line -> line.contains("481516") || line.contains(TO)
                    || line.contains("12345678"));
        }
    }

    private String sentId(Map<String, String> options, String responseBody) {
        gateway.resetAll();
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(200).withBody(responseBody)));
        SmsOutcome outcome = provider(options).send(MESSAGE);
        assertThat(outcome).isInstanceOf(SmsOutcome.Sent.class);
        return ((SmsOutcome.Sent) outcome).messageId();
    }

    private static String onlyRequestBody() {
        assertThat(gateway.getAllServeEvents()).hasSize(1);
        return gateway.getAllServeEvents().get(0).getRequest().getBodyAsString();
    }

    private static String jsonString(String value) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(value))
                + "\"";
    }

    /** A provider as Keycloak would create it: url to the fake gateway, short waits so tests stay fast. */
    static HttpSmsGatewayProvider provider(Map<String, String> options) {
        Map<String, String> all = new HashMap<>();
        all.put("url", gateway.baseUrl() + "/sms");
        all.put("backoffMs", "10");
        all.putAll(options);
        HttpSmsGatewayProviderFactory factory = new HttpSmsGatewayProviderFactory();
        factory.init(Scopes.of(all));
        return (HttpSmsGatewayProvider) factory.create(null);
    }
}
