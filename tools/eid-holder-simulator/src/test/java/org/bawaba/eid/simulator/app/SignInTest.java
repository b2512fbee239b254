package org.bawaba.eid.simulator.app;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulated app against a WireMock holder API: what it sends follows the OpenAPI document, to the letter. */
class SignInTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestPki pki;
    private static DocumentSpec spec;
    private static ChipDocument document;

    private HolderApiStub api;

    @BeforeAll
    static void issue() {
        pki = TestPki.generate("MA", KeyAlgorithm.BRAINPOOL, Clock.systemUTC().instant(), new SecureRandom());
        spec = DocumentSpec.demoHolder(LocalDate.now(ZoneOffset.UTC));
        document = new DocumentFactory(new SecureRandom(), Clock.systemUTC()).issue(spec, pki.documentSigner());
    }

    @BeforeEach
    void stub() {
        api = new HolderApiStub(server);
    }

    @Test
    void fetchTransaction_sendsTheBearerSecret_andReadsEveryField() {
        api.transaction(List.of(1, 2, 11), true, false);

        Transaction transaction = new HolderApp(HolderLink.parse(api.link())).fetchTransaction();

        assertThat(transaction.service()).isEqualTo("Portail des démarches");
        assertThat(transaction.confirmationCode()).isEqualTo("123 456");
        assertThat(transaction.locale()).isEqualTo("fr");
        assertThat(transaction.expiresAt()).isAfter(java.time.Instant.now());
        assertThat(transaction.challenge()).isEqualTo(api.challenge);
        assertThat(transaction.dataGroups()).containsExactly(1, 2, 11);
        assertThat(transaction.activeAuthentication()).isTrue();
        assertThat(transaction.selfie()).isFalse();
        assertThat(transaction.limits()).isEqualTo(new Transaction.Limits(262144, 65536, 131072, 3));
        assertThat(server.getAllServeEvents()).singleElement().satisfies(event -> {
            assertThat(event.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + api.secret);
            assertThat(event.getRequest().getUrl()).isEqualTo(HolderApiStub.API_PATH + "/transaction");
        });
    }

    @Test
    void genuineSignIn_postsAPresentationThatFollowsTheSchema_answeringTheChallengeTheGetReturned() throws Exception {
        api.transaction().verifies();
        List<Transaction> seen = new ArrayList<>();

        Outcome outcome = SignIn.genuine(api.link(), document).onTransaction(seen::add).run();

        assertThat(outcome.verified()).isTrue();
        assertThat(outcome.httpStatus()).isEqualTo(200);
        assertThat(seen).singleElement().extracting(Transaction::confirmationCode).isEqualTo("123 456");
        LoggedRequest post = single(api.presentations());
        assertThat(post.getHeader("Authorization")).isEqualTo("Bearer " + api.secret);
        assertThat(post.getHeader("Content-Type")).startsWith("application/json");
        String body = post.getBodyAsString();
        HolderApiContract.assertConforms("Presentation", body);

        JsonNode json = MAPPER.readTree(body);
        assertThat(decode(json.get("challenge"))).isEqualTo(api.challenge);
        assertThat(decode(json.get("sod"))).isEqualTo(document.sod());
        Map<Integer, byte[]> sent = new TreeMap<>();
        json.get("dataGroups").properties().forEach(e -> sent.put(Integer.valueOf(e.getKey()),
                decode(e.getValue())));
        assertThat(sent).containsOnlyKeys(1, 2, 11, 14, 15);
        sent.forEach((number, bytes) -> assertThat(bytes).isEqualTo(document.dataGroup(number)));
        byte[] aa = decode(json.get("activeAuthenticationResponse"));
        assertThat(aa).hasSize(128);
        assertThat(json.get("selfie").get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(decode(json.get("selfie").get("data"))).isEqualTo(FaceImages.jpeg(spec.faceSeed()));
    }

    @Test
    void sendsOnlyWhatTheTransactionAsksFor() throws Exception {
        api.transaction(List.of(1, 2, 3, 11), false, false).verifies();

        SignIn.genuine(api.link(), document).withSelfie(Selfie.OTHER).run();

        String body = single(api.presentations()).getBodyAsString();
        HolderApiContract.assertConforms("Presentation", body);
        JsonNode json = MAPPER.readTree(body);
        List<String> groups = new ArrayList<>();
        json.get("dataGroups").fieldNames().forEachRemaining(groups::add);
        assertThat(groups).containsExactly("1", "2", "11");
        assertThat(json.has("activeAuthenticationResponse")).isFalse();
        assertThat(json.has("selfie")).isFalse();
        assertThat(decode(json.get("challenge"))).isEqualTo(api.challenge);
    }

    @Test
    void otherSelfie_isAnotherFace_andNoneSendsNone() throws Exception {
        api.transaction().verifies();

        SignIn.genuine(api.link(), document).withSelfie(Selfie.OTHER).run();
        SignIn.genuine(api.link(), document).withSelfie(Selfie.NONE).run();

        List<LoggedRequest> posts = api.presentations();
        assertThat(posts).hasSize(2);
        JsonNode other = MAPPER.readTree(posts.get(0).getBodyAsString());
        assertThat(decode(other.get("selfie").get("data")))
                .isEqualTo(FaceImages.jpeg(spec.faceSeed() + SignIn.OTHER_FACE_OFFSET))
                .isNotEqualTo(FaceImages.portrait(document.dataGroup(2)));
        assertThat(MAPPER.readTree(posts.get(1).getBodyAsString()).has("selfie")).isFalse();
    }

    @Test
    void forgedSignIn_answersTheServersChallenge_andItsSameSelfieIsThePortraitItSends() throws Exception {
        api.transaction().refuses("document_altered", 2);

        Outcome outcome = SignIn.forged(api.link(), pki, spec, ForgedVariant.SUBSTITUTED_DATA_GROUP).run();

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.httpStatus()).isEqualTo(422);
        assertThat(outcome.status()).isEqualTo("refused");
        assertThat(outcome.reason()).isEqualTo("document_altered");
        assertThat(outcome.message()).isEqualTo("Ce document n'a pas pu être vérifié.");
        assertThat(outcome.attemptsLeft()).isEqualTo(2);
        String body = single(api.presentations()).getBodyAsString();
        HolderApiContract.assertConforms("Presentation", body);
        JsonNode json = MAPPER.readTree(body);
        assertThat(decode(json.get("challenge"))).isEqualTo(api.challenge);
        byte[] dg2 = decode(json.get("dataGroups").get("2"));
        assertThat(dg2).isNotEqualTo(document.dataGroup(2));
        assertThat(decode(json.get("selfie").get("data"))).isEqualTo(FaceImages.portrait(dg2));
    }

    @Test
    void replayedAnswer_stillNamesTheServersChallenge() throws Exception {
        api.transaction().refuses("chip_not_genuine", 1);

        Outcome outcome = SignIn.forged(api.link(), pki, spec, ForgedVariant.REPLAYED_AA_ANSWER).run();

        assertThat(outcome.reason()).isEqualTo("chip_not_genuine");
        JsonNode json = MAPPER.readTree(single(api.presentations()).getBodyAsString());
        assertThat(decode(json.get("challenge"))).isEqualTo(api.challenge);
    }

    @Test
    void problemsComeBackAsOutcomes() {
        api.transaction().presentationProblem(409, "challenge_used");

        Outcome outcome = SignIn.genuine(api.link(), document).run();

        assertThat(outcome.verified()).isFalse();
        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.httpStatus()).isEqualTo(409);
        assertThat(outcome.status()).isEqualTo("challenge_used");
        assertThat(outcome.message()).isEqualTo("challenge used");
        assertThat(outcome.body()).contains("\"error\":\"challenge_used\"");
        assertThat(outcome.describe()).isEqualTo("HTTP 409 challenge_used - challenge used");
    }

    @Test
    void aTransactionThatCannotBeFetched_isTheOutcomeOfTheSignIn_andAnExceptionOfFetchTransaction() {
        api.transactionProblem(410, "transaction_expired");

        Outcome outcome = SignIn.genuine(api.link(), document).run();

        assertThat(outcome.httpStatus()).isEqualTo(410);
        assertThat(outcome.status()).isEqualTo("transaction_expired");
        assertThat(api.presentations()).isEmpty();
        HolderApp app = new HolderApp(HolderLink.parse(api.link()));
        assertThatThrownBy(app::fetchTransaction).isInstanceOf(HolderApiException.class)
                .hasMessageContaining("410 transaction_expired")
                .extracting(e -> ((HolderApiException) e).outcome().httpStatus()).isEqualTo(410);
        assertThat(app.fetchRaw()).satisfies(raw -> {
            assertThat(raw.status()).isEqualTo(410);
            assertThat(raw.body()).contains("transaction_expired");
        });
    }

    @Test
    void aWrongSecret_is401() {
        api.transaction();
        HolderApp app = new HolderApp(HolderLink.parse(api.link()).withSecret("forged"));

        assertThat(app.fetchRaw().status()).isEqualTo(401);
        assertThat(app.postRaw("{}")).satisfies(outcome -> {
            assertThat(outcome.httpStatus()).isEqualTo(401);
            assertThat(outcome.status()).isEqualTo("transaction_unknown");
        });
    }

    @Test
    void rawPosts_sendTheBytesAndContentTypeAsGiven() {
        api.transaction().presentationProblem(400, "malformed_request");
        HolderApp app = new HolderApp(HolderLink.parse(api.link()));

        Outcome malformed = app.postRaw("{\"challenge\":");
        Outcome image = app.postRaw(new byte[] {1, 2, 3}, "image/png");

        assertThat(malformed.httpStatus()).isEqualTo(400);
        assertThat(malformed.status()).isEqualTo("malformed_request");
        assertThat(image.status()).isEqualTo("malformed_request");
        List<LoggedRequest> posts = api.presentations();
        assertThat(posts.get(0).getBodyAsString()).isEqualTo("{\"challenge\":");
        assertThat(posts.get(0).getHeader("Content-Type")).startsWith("application/json");
        assertThat(posts.get(1).getBody()).containsExactly(1, 2, 3);
        assertThat(posts.get(1).getHeader("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void anOversizedSelfie_isSentAsGiven_andThe413ComesBack() throws Exception {
        api.transaction().presentationProblem(413, "request_too_large");
        byte[] huge = new byte[300_000];

        Outcome outcome = SignIn.genuine(api.link(), document).withSelfieImage(huge).run();

        assertThat(outcome.httpStatus()).isEqualTo(413);
        assertThat(outcome.status()).isEqualTo("request_too_large");
        JsonNode json = MAPPER.readTree(single(api.presentations()).getBodyAsString());
        assertThat(decode(json.get("selfie").get("data"))).hasSize(300_000);
    }

    @Test
    void aBodyThatIsNotJson_isStillAnOutcome() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                HolderApiStub.API_PATH + "/transaction/presentation").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(502).withBody("Bad Gateway")));

        Outcome outcome = new HolderApp(HolderLink.parse(api.link())).postRaw("{}");

        assertThat(outcome.httpStatus()).isEqualTo(502);
        assertThat(outcome.status()).isNull();
        assertThat(outcome.describe()).isEqualTo("HTTP 502: Bad Gateway");
    }

    @Test
    void theSchemaCheckIsNotVacuous() throws Exception {
        ObjectNode body = (ObjectNode) MAPPER.readTree(HolderApp.presentationJson(document.present(api.challenge),
                FaceImages.jpeg(1)));
        HolderApiContract.assertConforms("Presentation", body.toString());

        ObjectNode withoutDg2 = body.deepCopy();
        ((ObjectNode) withoutDg2.get("dataGroups")).remove("2");
        ObjectNode urlSafe = body.deepCopy();
        urlSafe.put("sod", "-_-_");
        ObjectNode extra = body.deepCopy();
        extra.put("nonce", "x");
        ObjectNode badGroup = body.deepCopy();
        ((ObjectNode) badGroup.get("dataGroups")).put("17", "AA==");

        for (ObjectNode bad : List.of(withoutDg2, urlSafe, extra, badGroup)) {
            assertThat(HolderApiContract.violations("Presentation", bad.toString())).as(bad.toString()).isNotEmpty();
        }
    }

    private static LoggedRequest single(List<LoggedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static byte[] decode(JsonNode node) {
        assertThat(node).isNotNull();
        return Base64.getDecoder().decode(node.asText());
    }
}
