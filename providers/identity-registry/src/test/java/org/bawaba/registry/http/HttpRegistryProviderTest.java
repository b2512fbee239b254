package org.bawaba.registry.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;
import org.bawaba.spi.registry.RegisteredPerson;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRegistryProviderTest {

    private static final Identification BY_REGISTRATION = new Identification(IdentifierKind.REGISTRATION_NUMBER,
            "190 456 781", "jk 417 305", LocalDate.of(1978, 6, 14));
    private static final Identification BY_EMPLOYER = new Identification(IdentifierKind.EMPLOYER_ID,
            "MEN-58213", "JK417305", LocalDate.of(1978, 6, 14));
    private static final String IDENTIFICATION_JSON = "\"identifierKind\":\"REGISTRATION_NUMBER\","
            + "\"identifier\":\"190456781\",\"nationalId\":\"JK417305\",\"birthDate\":\"1978-06-14\"";
    private static final String PERSON_JSON = "{\"personId\":\"p-31\",\"registrationNumber\":\"190456781\","
            + "\"paymentMode\":\"BANK_TRANSFER\",\"identity\":{\"givenName\":\"Khadija\",\"familyName\":\"Benjelloun\","
            + "\"givenNameAr\":\"خديجة\",\"familyNameAr\":\"بنجلون\",\"birthDate\":\"1978-06-14\","
            + "\"birthPlace\":\"Meknès\",\"birthCountry\":\"MA\",\"gender\":\"female\",\"nationalId\":\"JK417305\"}}";
    private static final Map<Question, String> ANSWERS = Map.of(
            Question.EMPLOYER_ID, "men 58213", Question.BANK_ACCOUNT_LAST8, "2041 7730");

    /** Longer than any deadline these tests set: an answer that must never be waited for. */
    private static final int SLOW_ANSWER_MS = 3_000;

    private static WireMockServer registry;

    @BeforeAll
    static void startRegistry() {
        registry = new WireMockServer(options().dynamicPort());
        registry.start();
    }

    @AfterAll
    static void stopRegistry() {
        registry.stop();
    }

    @BeforeEach
    void reset() {
        registry.resetAll();
    }

    @Test
    void search_found_returnsThePerson() throws Exception {
        registry.stubFor(post("/api/v1/persons/search").willReturn(okJson(PERSON_JSON)));

        Optional<RegisteredPerson> found = provider(Map.of()).find(BY_REGISTRATION);

        assertThat(found).contains(new RegisteredPerson("p-31", "190456781", PaymentMode.BANK_TRANSFER,
                new RegisteredPerson.Identity("Khadija", "Benjelloun", "خديجة", "بنجلون", LocalDate.of(1978, 6, 14),
                        "Meknès", "MA", "female", "JK417305")));
        registry.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/persons/search"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("{" + IDENTIFICATION_JSON + "}")));
    }

    @Test
    void search_byEmployerId_sendsTheKind_andOptionalIdentityFieldsMayBeAbsent() throws Exception {
        registry.stubFor(post("/api/v1/persons/search").willReturn(okJson("{\"personId\":\"p-32\","
                + "\"registrationNumber\":\"190456781\",\"paymentMode\":\"POSTAL_ORDER\",\"identity\":{"
                + "\"givenName\":\"Khadija\",\"familyName\":\"Benjelloun\",\"birthDate\":\"1978-06-14\","
                + "\"nationalId\":\"JK417305\",\"unknownField\":1}}")));

        RegisteredPerson person = provider(Map.of()).find(BY_EMPLOYER).orElseThrow();

        assertThat(person.paymentMode()).isEqualTo(PaymentMode.POSTAL_ORDER);
        assertThat(person.identity().givenNameAr()).isNull();
        registry.verify(postRequestedFor(urlPathEqualTo("/api/v1/persons/search")).withRequestBody(equalToJson(
                "{\"identifierKind\":\"EMPLOYER_ID\",\"identifier\":\"MEN58213\",\"nationalId\":\"JK417305\","
                        + "\"birthDate\":\"1978-06-14\"}")));
    }

    @Test
    void search_notFound_isEmpty() throws Exception {
        registry.stubFor(post("/api/v1/persons/search").willReturn(aResponse().withStatus(404)));
        assertThat(provider(Map.of()).find(BY_REGISTRATION)).isEmpty();
        registry.verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void search_answeringWithAnotherPerson_isUnavailable() {
        registry.stubFor(post("/api/v1/persons/search").willReturn(okJson(PERSON_JSON.replace("1978-06-14",
                "1979-06-14"))));
        assertThatThrownBy(() -> provider(Map.of()).find(BY_REGISTRATION))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("another person");
    }

    @Test
    void check_sendsTheNormalisedAnswers_andReturnsTheMatch() throws Exception {
        registry.stubFor(post("/api/v1/persons/answers/check").willReturn(okJson("{\"match\":true}")));
        assertThat(provider(Map.of()).answersMatch(BY_REGISTRATION, ANSWERS)).isTrue();
        registry.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/persons/answers/check"))
                .withRequestBody(equalToJson("{" + IDENTIFICATION_JSON + ",\"answers\":{"
                        + "\"BANK_ACCOUNT_LAST8\":\"20417730\",\"EMPLOYER_ID\":\"MEN58213\"}}")));

        registry.resetAll();
        registry.stubFor(post("/api/v1/persons/answers/check").willReturn(okJson("{\"match\":false}")));
        assertThat(provider(Map.of()).answersMatch(BY_REGISTRATION, ANSWERS)).isFalse();
    }

    @Test
    void check_anAnswerThatCannotBeRight_isSentEmpty_andNeverMatches() throws Exception {
        registry.stubFor(post("/api/v1/persons/answers/check").willReturn(okJson("{\"match\":true}")));
        assertThat(provider(Map.of()).answersMatch(BY_EMPLOYER, Map.of(Question.BANK_ACCOUNT_LAST8, "2041773")))
                .isFalse();
        registry.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/persons/answers/check"))
                .withRequestBody(equalToJson("{\"identifierKind\":\"EMPLOYER_ID\",\"identifier\":\"MEN58213\","
                        + "\"nationalId\":\"JK417305\",\"birthDate\":\"1978-06-14\","
                        + "\"answers\":{\"BANK_ACCOUNT_LAST8\":\"\"}}")));
    }

    @Test
    void check_withoutABooleanMatch_isUnavailable() {
        for (String body : List.of("{\"match\":\"true\"}", "{}", "[true]", "match=true", "")) {
            registry.resetAll();
            registry.stubFor(post("/api/v1/persons/answers/check").willReturn(aResponse().withStatus(200)
                    .withBody(body)));
            assertThatThrownBy(() -> provider(Map.of()).answersMatch(BY_REGISTRATION, ANSWERS)).as(body)
                    .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("unreadable");
            registry.verify(1, postRequestedFor(anyUrl()));
        }
    }

    @Test
    void unavailable_503_thenAnswered_isRetried() throws Exception {
        registry.stubFor(post("/api/v1/persons/search").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        registry.stubFor(post("/api/v1/persons/search").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(PERSON_JSON)));

        long start = System.nanoTime();
        assertThat(provider(Map.of()).find(BY_REGISTRATION)).isPresent();

        assertThat(millisSince(start)).as("waited the backoff before retrying")
                .isGreaterThanOrEqualTo(HttpRegistryProvider.BACKOFF.toMillis());
        registry.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/persons/search")));
    }

    @Test
    void tooManyRequests_isRetriedToo() throws Exception {
        registry.stubFor(post("/api/v1/persons/answers/check").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("free"));
        registry.stubFor(post("/api/v1/persons/answers/check").inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson("{\"match\":true}")));
        assertThat(provider(Map.of()).answersMatch(BY_REGISTRATION, ANSWERS)).isTrue();
        registry.verify(2, postRequestedFor(anyUrl()));
    }

    @Test
    void alwaysUnavailable_givesUpAtTheDeadline() {
        registry.stubFor(post("/api/v1/persons/search").willReturn(aResponse().withStatus(503)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> provider(Map.of("deadlineMillis", "1000")).find(BY_REGISTRATION))
                .isInstanceOf(RegistryUnavailableException.class).hasMessage("registry search unavailable: HTTP 503");

        // Attempts at about 0, 100, 300 and 700 ms; the next (after 800 ms more) would start past the deadline. Slower
        // attempts mean fewer of them, but the provider only gives up once the next wait no longer fits.
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(500);
        assertThat(registry.getAllServeEvents()).hasSizeBetween(2, 4);
    }

    @Test
    void aSlowAttempt_isCutAtTheDeadline() {
        registry.stubFor(post("/api/v1/persons/search").willReturn(okJson(PERSON_JSON)
                .withFixedDelay(SLOW_ANSWER_MS)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> provider(Map.of("attemptTimeoutMillis", "10000", "deadlineMillis", "800"))
                .find(BY_REGISTRATION))
                .isInstanceOf(RegistryUnavailableException.class).hasMessage("registry search unavailable: timeout");

        long elapsed = millisSince(start);
        assertThat(elapsed).isGreaterThanOrEqualTo(750)
                .as("never waits for the slow answer").isLessThan(SLOW_ANSWER_MS);
        registry.verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void refused_4xx_isUnavailable_andNotRetried() {
        for (int status : new int[] {400, 401, 403, 409, 422}) {
            registry.resetAll();
            registry.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(status)));
            assertThatThrownBy(() -> provider(Map.of()).find(BY_REGISTRATION)).as("HTTP %d", status)
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessage("registry search unavailable: HTTP " + status);
            registry.verify(1, postRequestedFor(anyUrl()));
        }
    }

    @Test
    void redirects_areNotFollowed() {
        registry.stubFor(post("/api/v1/persons/search").willReturn(aResponse().withStatus(307)
                .withHeader("Location", "https://elsewhere.example/")));
        assertThatThrownBy(() -> provider(Map.of()).find(BY_REGISTRATION))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("HTTP 307");
        registry.verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void unreadablePerson_isUnavailable() {
        for (String body : List.of("not json", "{\"personId\":\"p\"}", PERSON_JSON.replace("BANK_TRANSFER", "CASH"),
                PERSON_JSON.replace("\"1978-06-14\"", "\"14/06/1978\""), PERSON_JSON.replace("\"p-31\"", "31"))) {
            registry.resetAll();
            registry.stubFor(post("/api/v1/persons/search").willReturn(aResponse().withStatus(200).withBody(body)));
            assertThatThrownBy(() -> provider(Map.of()).find(BY_REGISTRATION)).as(body)
                    .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("unreadable");
        }
    }

    @Test
    void bearerToken_isSent() throws Exception {
        registry.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(404)));
        provider(Map.of("token", "tok-123")).find(BY_REGISTRATION);
        registry.verify(postRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer tok-123")));
    }

    @Test
    void basicCredentials_areSent() throws Exception {
        registry.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(404)));
        provider(Map.of("username", "bawaba", "password", "s3cret:é")).find(BY_REGISTRATION);
        registry.verify(postRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Basic "
                + Base64.getEncoder().encodeToString("bawaba:s3cret:é".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void noPersonData_isEverLogged_whateverHappens() throws Exception {
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.registry")) {
            registry.stubFor(post("/api/v1/persons/search").willReturn(okJson(PERSON_JSON)));
            registry.stubFor(post("/api/v1/persons/answers/check").willReturn(okJson("{\"match\":true}")));
            provider(Map.of()).find(BY_REGISTRATION);
            provider(Map.of()).answersMatch(BY_REGISTRATION, ANSWERS);
            for (int status : new int[] {503, 401}) {
                registry.resetAll();
                registry.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(status).withBody(PERSON_JSON)));
                assertThatThrownBy(() -> provider(Map.of("deadlineMillis", "300")).answersMatch(BY_REGISTRATION,
                        ANSWERS)).isInstanceOf(RegistryUnavailableException.class);
            }
            registry.resetAll();
            registry.stubFor(post(anyUrl()).willReturn(okJson("{\"match\":\"20417730\"}")));
            assertThatThrownBy(() -> provider(Map.of()).answersMatch(BY_REGISTRATION, ANSWERS))
                    .isInstanceOf(RegistryUnavailableException.class);

            assertThat(logs.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(
                    "190456781", "190 456 781", "JK417305", "MEN58213", "58213", "20417730", "2041 7730",
                    "1978-06-14", "Khadija", "Benjelloun", "خديجة", "p-31", "tok-"));
        }
    }

    /** A provider as Keycloak would create it, asking the fake registry. */
    private static HttpRegistryProvider provider(Map<String, String> options) {
        Map<String, String> all = new HashMap<>();
        all.put("baseUrl", registry.baseUrl() + "/api/v1/");
        all.putAll(options);
        HttpRegistryProviderFactory factory = new HttpRegistryProviderFactory();
        factory.init(Scopes.of(all));
        return (HttpRegistryProvider) factory.create(null);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
