package org.bawaba.eid.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The holder API's OpenAPI document, read where the e-ID sign-in provider keeps it (the surefire property
 * {@code holder-api.openapi}): its component schemas validate what the simulator sends and what the stubs answer.
 */
final class HolderApiContract {

    private static final String IRI = "https://bawaba.test/holder-api.openapi.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
            builder -> builder.schemas(Map.of(IRI, read())));

    private HolderApiContract() {
    }

    /** The violations of {@code #/components/schemas/{component}} by {@code json}; empty when it conforms. */
    static List<Error> violations(String component, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(IRI + "#/components/schemas/" + component));
        return schema.validate(json, InputFormat.JSON);
    }

    static void assertConforms(String component, String json) {
        assertThat(violations(component, json)).as("%s against the %s schema", json.length() > 300
                ? json.substring(0, 300) + "…" : json, component).isEmpty();
    }

    private static String read() {
        String location = System.getProperty("holder-api.openapi");
        assertThat(location).as("the surefire property holder-api.openapi").isNotBlank();
        try {
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("the holder API's OpenAPI document is not at " + location, e);
        }
    }
}
