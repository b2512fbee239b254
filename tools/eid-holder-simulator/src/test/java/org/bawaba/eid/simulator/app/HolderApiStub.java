package org.bawaba.eid.simulator.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A holder API played by WireMock, answering as the OpenAPI document says (each stubbed body is checked against
 * its schema first, so the stub cannot drift from the contract).
 */
final class HolderApiStub {

    static final String API_PATH = "/realms/eid/bawaba-eid";
    static final List<Integer> ALL_GROUPS = List.of(1, 2, 11, 14, 15);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WireMockExtension server;
    final String secret;
    final byte[] challenge = new byte[8];

    HolderApiStub(WireMockExtension server) {
        this.server = server;
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        RANDOM.nextBytes(challenge);
        // Any other secret: the transaction is unknown.
        server.stubFor(any(urlPathMatching(API_PATH + "/transaction.*")).atPriority(10)
                .willReturn(json(401, problem("transaction_unknown"))));
    }

    String link() {
        return "http://localhost:" + server.getPort() + API_PATH + "/app#t=" + secret;
    }

    /** GET /transaction, for this secret only, with everything to read, AA and a selfie. */
    HolderApiStub transaction() {
        return transaction(ALL_GROUPS, true, true);
    }

    HolderApiStub transaction(List<Integer> dataGroups, boolean activeAuthentication, boolean selfie) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("service", "Portail des démarches");
        body.put("confirmationCode", "123 456");
        body.put("locale", "fr");
        body.put("expiresAt", Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("challenge", Base64.getEncoder().encodeToString(challenge));
        ObjectNode read = body.putObject("read");
        dataGroups.forEach(read.putArray("dataGroups")::add);
        read.put("activeAuthentication", activeAuthentication);
        read.put("selfie", selfie);
        ObjectNode limits = body.putObject("limits");
        limits.put("maxRequestBytes", 262144);
        limits.put("maxDataGroupBytes", 65536);
        limits.put("maxSelfieBytes", 131072);
        limits.put("attemptsLeft", 3);
        return transactionAnswer(200, body.toString(), "Transaction");
    }

    /** GET /transaction answers {@code status} with a Problem. */
    HolderApiStub transactionProblem(int status, String error) {
        return transactionAnswer(status, problem(error), "Problem");
    }

    /** POST /transaction/presentation answers 200 verified. */
    HolderApiStub verifies() {
        return presentationAnswer(200, "{\"status\":\"verified\"}", "Outcome");
    }

    /** POST /transaction/presentation answers 422 refused for {@code reason}. */
    HolderApiStub refuses(String reason, int attemptsLeft) {
        return presentationAnswer(422, "{\"status\":\"refused\",\"reason\":\"" + reason
                + "\",\"message\":\"Ce document n'a pas pu être vérifié.\",\"attemptsLeft\":" + attemptsLeft + "}",
                "Outcome");
    }

    /** POST /transaction/presentation answers {@code status} with a Problem. */
    HolderApiStub presentationProblem(int status, String error) {
        return presentationAnswer(status, problem(error), "Problem");
    }

    /** The bodies posted to /transaction/presentation, in order. */
    List<LoggedRequest> presentations() {
        return server.findAll(postRequestedFor(urlEqualTo(API_PATH + "/transaction/presentation")));
    }

    private HolderApiStub transactionAnswer(int status, String body, String schema) {
        HolderApiContract.assertConforms(schema, body);
        server.stubFor(get(API_PATH + "/transaction").withHeader("Authorization", equalTo("Bearer " + secret))
                .willReturn(json(status, body)));
        return this;
    }

    private HolderApiStub presentationAnswer(int status, String body, String schema) {
        HolderApiContract.assertConforms(schema, body);
        server.stubFor(post(API_PATH + "/transaction/presentation")
                .withHeader("Authorization", equalTo("Bearer " + secret))
                .willReturn(json(status, body)));
        return this;
    }

    private static String problem(String error) {
        return "{\"error\":\"" + error + "\",\"message\":\"" + error.replace('_', ' ') + "\"}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
