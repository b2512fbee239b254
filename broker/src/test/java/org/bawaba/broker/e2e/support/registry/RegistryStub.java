package org.bawaba.broker.e2e.support.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.bawaba.broker.e2e.support.registry.RegistryPeople.Person;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An insurer's registry API, as the {@code http} identity-registry provider calls it (WireMock on a fixed port the
 * test server is configured with): it knows the people a test tells it about, and nobody else.
 */
public final class RegistryStub implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final int PORT = 18092;
    public static final String BASE_PATH = "/registry";
    public static final String TOKEN = "test-only-registry-token";

    private WireMockServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        nobodyElse();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** The registry's id for a person. */
    public static String personId(Person person) {
        return "http-" + person.registrationNumber();
    }

    /** The registry knows this person, and checks their answers. */
    public void knows(Person person) {
        server.resetAll();
        nobodyElse();
        server.stubFor(post(urlEqualTo(BASE_PATH + "/persons/search")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(matchingJsonPath("$.nationalId", equalTo(person.nationalId())))
                .withRequestBody(matchingJsonPath("$.birthDate", equalTo(person.birthDateTyped())))
                .willReturn(okJson("""
                        {"personId":"%s","registrationNumber":"%s","paymentMode":"%s","identity":{
                          "givenName":"%s","familyName":"%s","givenNameAr":"%s","familyNameAr":"%s",
                          "birthDate":"%s","birthPlace":"%s","birthCountry":"%s","gender":"%s","nationalId":"%s"}}"""
                        .formatted(personId(person), person.registrationNumber(), person.paymentMode(),
                                person.givenName(), person.familyName(), person.givenNameAr(), person.familyNameAr(),
                                person.birthDateTyped(), person.birthPlace(), person.birthCountry(), person.gender(),
                                person.nationalId()))));
        var check = post(urlEqualTo(BASE_PATH + "/persons/answers/check")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.nationalId", equalTo(person.nationalId())));
        check = person.paymentMode().equals("BANK_TRANSFER")
                ? check.withRequestBody(matchingJsonPath("$.answers.BANK_ACCOUNT_LAST8", equalTo(person.bankAccountLast8())))
                : check.withRequestBody(matchingJsonPath("$.answers.CIVIL_STATUS_NUMBER", equalTo(person.civilStatusNumber())));
        server.stubFor(check.willReturn(okJson("{\"match\":true}")));
    }

    /** Every call fails with this status. */
    public void failingWith(int status) {
        server.resetAll();
        server.stubFor(post(anyUrl()).atPriority(1)
                .willReturn(aResponse().withStatus(status)));
    }

    public List<LoggedRequest> checkRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(BASE_PATH + "/persons/answers/check")));
    }

    private void nobodyElse() {
        server.stubFor(post(urlEqualTo(BASE_PATH + "/persons/search")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        server.stubFor(post(urlEqualTo(BASE_PATH + "/persons/answers/check")).atPriority(10)
                .willReturn(okJson("{\"match\":false}")));
    }
}
