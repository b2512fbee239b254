package org.bawaba.registry.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document of the contract says what the provider really sends and reads. */
class IdentityRegistryApiDocumentTest {

    private static final String RESOURCE = "org/bawaba/registry/http/identity-registry-api.openapi.json";
    private static final String IRI = "https://bawaba.test/identity-registry-api.openapi.json";

    private static String json;
    private static JsonNode document;
    private static SchemaRegistry schemas;
    private static WireMockServer registry;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = IdentityRegistryApiDocumentTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = new ObjectMapper().readTree(json);
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(IRI, json)));
        registry = new WireMockServer(options().dynamicPort());
        registry.start();
    }

    @AfterAll
    static void stop() {
        registry.stop();
    }

    @Test
    void isOpenApi31_withBothOperations() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.path("paths").has(HttpRegistryProvider.SEARCH)).isTrue();
        assertThat(document.path("paths").has(HttpRegistryProvider.CHECK)).isTrue();
    }

    @Test
    void enumsAndQuestions_areTheSpi() {
        JsonNode schemasNode = document.path("components").path("schemas");
        assertThat(texts(schemasNode.path("Identification").path("properties").path("identifierKind").path("enum")))
                .containsExactlyElementsOf(names(IdentifierKind.values()));
        assertThat(texts(schemasNode.path("Person").path("properties").path("paymentMode").path("enum")))
                .containsExactlyElementsOf(names(PaymentMode.values()));
        List<String> questions = new ArrayList<>();
        schemasNode.path("AnswerCheck").path("properties").path("answers").path("properties").fieldNames()
                .forEachRemaining(questions::add);
        assertThat(questions).containsExactlyElementsOf(names(Question.values()));
    }

    @Test
    void whatTheProviderSends_conformsToTheRequestSchemas() throws Exception {
        registry.stubFor(post("/persons/search").willReturn(aResponse().withStatus(404)));
        registry.stubFor(post("/persons/answers/check").willReturn(okJson("{\"match\":false}")));
        HttpRegistryProviderFactory factory = new HttpRegistryProviderFactory();
        factory.init(Scopes.of(Map.of("baseUrl", registry.baseUrl())));
        HttpRegistryProvider provider = (HttpRegistryProvider) factory.create(null);
        Identification identification = new Identification(IdentifierKind.REGISTRATION_NUMBER, "190456781",
                "JK417305", LocalDate.of(1978, 6, 14));

        provider.find(identification);
        provider.answersMatch(identification, Map.of(Question.EMPLOYER_ID, "MEN-58213",
                Question.BANK_ACCOUNT_LAST8, "2041 7730"));
        provider.answersMatch(identification, Map.of(Question.CIVIL_STATUS_NUMBER, "<not a number>"));

        assertThat(registry.getAllServeEvents()).hasSize(3).allSatisfy(event -> {
            String path = event.getRequest().getUrl();
            assertThat(violations(requestSchema(path), event.getRequest().getBodyAsString())).as(path).isEmpty();
        });
        // Not vacuous: what breaks the contract is caught.
        assertThat(violations(requestSchema(HttpRegistryProvider.CHECK), "{\"identifierKind\":\"EMAIL\","
                + "\"identifier\":\"1\",\"nationalId\":\"A\",\"birthDate\":\"1978-06-14\",\"answers\":{}}")).isNotEmpty();
        assertThat(violations(requestSchema(HttpRegistryProvider.CHECK), "{\"identifierKind\":\"EMPLOYER_ID\","
                + "\"identifier\":\"1\",\"nationalId\":\"A\",\"birthDate\":\"1978-06-14\","
                + "\"answers\":{\"BANK_ACCOUNT_LAST8\":\"1234\"}}")).isNotEmpty();
    }

    @Test
    void theExamplePerson_conformsToTheAnswerSchema() {
        String person = "{\"personId\":\"p-31\",\"registrationNumber\":\"190456781\",\"paymentMode\":\"BANK_TRANSFER\","
                + "\"identity\":" + document.path("components").path("schemas").path("Identity").path("examples").get(0)
                + "}";
        assertThat(violations("#/paths/~1persons~1search/post/responses/200/content/application~1json/schema", person))
                .isEmpty();
        assertThat(violations("#/paths/~1persons~1search/post/responses/200/content/application~1json/schema",
                "{\"personId\":\"p-31\"}")).isNotEmpty();
        assertThat(violations("#/paths/~1persons~1answers~1check/post/responses/200/content/application~1json/schema",
                "{\"match\":true}")).isEmpty();
    }

    private static String requestSchema(String path) {
        return "#/paths/" + path.replace("/", "~1") + "/post/requestBody/content/application~1json/schema";
    }

    private static List<?> violations(String pointer, String body) {
        return schemas.getSchema(SchemaLocation.of(IRI + pointer)).validate(body, InputFormat.JSON);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
