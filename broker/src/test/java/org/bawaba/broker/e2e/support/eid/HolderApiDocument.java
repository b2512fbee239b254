package org.bawaba.broker.e2e.support.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The holder API's OpenAPI 3.1 document as the server serves it ({@code /realms/eid/bawaba-eid/openapi.json}): the
 * schema of each operation's answer, by path, method and status, against which tests validate real answers.
 */
public final class HolderApiDocument {

    private static final String IRI = "https://bawaba.test/served/holder-api.openapi.json";

    private final JsonNode document;
    private final SchemaRegistry registry;

    private HolderApiDocument(String json) throws IOException {
        this.document = new ObjectMapper().readTree(json);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(IRI, json)));
    }

    /** Fetches the document the server serves. */
    public static HolderApiDocument served(String brokerBaseUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(brokerBaseUrl + "/realms/eid/bawaba-eid/openapi.json")).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("the served OpenAPI document").isEqualTo(200);
            return new HolderApiDocument(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public JsonNode json() {
        return document;
    }

    /**
     * The violations of {@code body} against the JSON schema the document gives for this answer; fails when the
     * document does not declare the status at all.
     */
    public List<Error> violations(String path, String method, int status, String body) {
        JsonNode response = document.path("paths").path(path).path(method).path("responses")
                .path(Integer.toString(status));
        assertThat(response.isMissingNode()).as("%s %s declares status %d", method.toUpperCase(), path, status)
                .isFalse();
        String pointer = "#/paths/" + escape(path) + "/" + method + "/responses/" + status;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText();
        }
        Schema schema = registry.getSchema(SchemaLocation.of(IRI + pointer + "/content/application~1json/schema"));
        return schema.validate(body, InputFormat.JSON);
    }

    public void assertConforms(String path, String method, int status, String body) {
        assertThat(violations(path, method, status, body))
                .as("%s %s %d: %s", method.toUpperCase(), path, status, body.length() > 400
                        ? body.substring(0, 400) + "…" : body).isEmpty();
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
