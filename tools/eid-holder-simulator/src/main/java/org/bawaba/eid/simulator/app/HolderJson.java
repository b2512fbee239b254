package org.bawaba.eid.simulator.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bawaba.eid.simulator.document.Presentation;

/**
 * The holder API's JSON, as its OpenAPI document spells it: binary values in standard base64 (RFC 4648 section 4,
 * padded). Unknown fields are ignored; missing required ones are an error.
 */
final class HolderJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HolderJson() {
    }

    /** A {@code Presentation}: challenge, sod, dataGroups keyed "1".."16", and the optional AA answer and selfie. */
    static String presentation(Presentation presentation, byte[] selfieJpeg) {
        if (presentation.challenge() == null) {
            throw new IllegalArgumentException("a presentation answers a challenge: it has none");
        }
        Base64.Encoder base64 = Base64.getEncoder();
        ObjectNode body = MAPPER.createObjectNode();
        body.put("challenge", base64.encodeToString(presentation.challenge()));
        body.put("sod", base64.encodeToString(presentation.sod()));
        ObjectNode dataGroups = body.putObject("dataGroups");
        for (Map.Entry<Integer, byte[]> entry : presentation.dataGroups().entrySet()) {
            dataGroups.put(entry.getKey().toString(), base64.encodeToString(entry.getValue()));
        }
        if (presentation.aaResponse() != null) {
            body.put("activeAuthenticationResponse", base64.encodeToString(presentation.aaResponse()));
        }
        if (selfieJpeg != null) {
            ObjectNode selfie = body.putObject("selfie");
            selfie.put("mediaType", "image/jpeg");
            selfie.put("data", base64.encodeToString(selfieJpeg));
        }
        return body.toString();
    }

    /** A {@code Transaction}; {@link IllegalStateException} when the body does not follow the schema. */
    static Transaction transaction(String json) {
        JsonNode root = tree(json);
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("the transaction is not a JSON object: " + json);
        }
        JsonNode read = required(root, "read", JsonNode::isObject, "an object");
        JsonNode limits = required(root, "limits", JsonNode::isObject, "an object");
        Set<Integer> dataGroups = new TreeSet<>();
        for (JsonNode group : required(read, "dataGroups", JsonNode::isArray, "an array")) {
            if (!isInt(group)) {
                throw new IllegalStateException("read.dataGroups holds a non-integer: " + group);
            }
            dataGroups.add(group.intValue());
        }
        JsonNode locale = root.get("locale");
        JsonNode purpose = root.get("purpose");
        Set<String> documents = new TreeSet<>();
        if (read.has("documents") && read.get("documents").isArray()) {
            read.get("documents").forEach(kind -> documents.add(kind.asText()));
        }
        return new Transaction(text(root, "service"), text(root, "confirmationCode"),
                locale == null || locale.isNull() ? null : locale.asText(), instant(text(root, "expiresAt")),
                base64(text(root, "challenge"), "challenge"), dataGroups, bool(read, "activeAuthentication"),
                bool(read, "selfie"),
                new Transaction.Limits(integer(limits, "maxRequestBytes"), integer(limits, "maxDataGroupBytes"),
                        integer(limits, "maxSelfieBytes"), integer(limits, "attemptsLeft")),
                purpose == null || purpose.isNull() ? null : purpose.asText(),
                read.has("pin") && read.get("pin").asBoolean(), documents);
    }

    /** An {@code Outcome} or a {@code Problem}, whichever the body is; any body gives an outcome. */
    static Outcome outcome(int httpStatus, String body) {
        JsonNode root = tree(body);
        if (root == null || !root.isObject()) {
            return new Outcome(httpStatus, null, null, null, null, body);
        }
        String status = optionalText(root, "status");
        if (status == null) {
            status = optionalText(root, "error");
        }
        JsonNode attempts = root.get("attemptsLeft");
        return new Outcome(httpStatus, status, optionalText(root, "reason"), optionalText(root, "message"),
                attempts != null && isInt(attempts) ? attempts.intValue() : null, body);
    }

    private static JsonNode tree(String json) {
        try {
            return json == null || json.isBlank() ? null : MAPPER.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The field, present and of the type {@code type} accepts; {@link IllegalStateException} otherwise. */
    private static JsonNode required(JsonNode node, String field, Predicate<JsonNode> type, String typeName) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("the transaction has no " + field);
        }
        if (!type.test(value)) {
            throw new IllegalStateException(field + " is not " + typeName + ": " + value);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field, JsonNode::isTextual, "a string").textValue();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static boolean bool(JsonNode node, String field) {
        return required(node, field, JsonNode::isBoolean, "a boolean").booleanValue();
    }

    private static int integer(JsonNode node, String field) {
        return required(node, field, HolderJson::isInt, "an integer").intValue();
    }

    private static boolean isInt(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToInt();
    }

    private static Instant instant(String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("expiresAt is not an RFC 3339 date-time: " + dateTime, e);
        }
    }

    private static byte[] base64(String value, String field) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(field + " is not standard base64: " + value, e);
        }
    }
}
