package org.bawaba.eid.signin.holder;

import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.bawaba.eid.signin.verification.ChipCheck;

/**
 * A presentation as the phone posts it (OpenAPI schema {@code Presentation}), parsed strictly: unknown members,
 * wrong types, bad base64 and oversized values are refused with a message for the app's developer. Sizes are
 * checked on the decoded bytes.
 */
public record PresentationRequest(byte[] challenge, byte[] sod, Map<Integer, byte[]> dataGroups,
                                  byte[] activeAuthenticationResponse, ChipCheck.Selfie selfie) {

    public static final int MAX_DATA_GROUP_BYTES = 256 * 1024;
    public static final int MAX_SELFIE_BYTES = 1024 * 1024;
    /** Base64 of EF.SOD, five data groups at their limit and a selfie at its limit, with room for the JSON. */
    public static final int MAX_REQUEST_BYTES = 3 * 1024 * 1024;

    private static final Set<String> MEMBERS = Set.of("challenge", "sod", "dataGroups", "activeAuthenticationResponse",
            "selfie");
    private static final Set<String> SELFIE_TYPES = Set.of("image/jpeg", "image/png");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8)
                .maxStringLength(MAX_REQUEST_BYTES).build());
    }

    /** The body is not a valid presentation; the message says what is wrong, never what it contained. */
    public static final class Malformed extends Exception {
        public Malformed(String message) {
            super(message);
        }
    }

    public static PresentationRequest parse(byte[] body) throws Malformed {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new Malformed("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("the body must be a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw new Malformed("unknown member '" + safe(name) + "'");
            }
        }
        byte[] challenge = base64(root, "challenge", 8, true);
        if (challenge.length != 8) {
            throw new Malformed("challenge must be 8 bytes");
        }
        byte[] sod = base64(root, "sod", MAX_DATA_GROUP_BYTES, true);
        JsonNode groups = root.get("dataGroups");
        if (groups == null || !groups.isObject()) {
            throw new Malformed("dataGroups must be an object");
        }
        Map<Integer, byte[]> dataGroups = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = groups.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getKey().matches("[1-9]|1[0-6]")) {
                throw new Malformed("dataGroups keys are data group numbers 1 to 16");
            }
            dataGroups.put(Integer.parseInt(entry.getKey()),
                    decode(entry.getValue(), "dataGroups." + entry.getKey(), MAX_DATA_GROUP_BYTES));
        }
        if (!dataGroups.containsKey(1) || !dataGroups.containsKey(2)) {
            throw new Malformed("dataGroups must hold DG1 and DG2");
        }
        byte[] answer = base64(root, "activeAuthenticationResponse", 4096, false);
        ChipCheck.Selfie selfie = null;
        JsonNode selfieNode = root.get("selfie");
        if (selfieNode != null && !selfieNode.isNull()) {
            if (!selfieNode.isObject() || selfieNode.size() != 2 || !selfieNode.has("mediaType")
                    || !selfieNode.has("data")) {
                throw new Malformed("selfie must be an object with mediaType and data");
            }
            String type = selfieNode.get("mediaType").asText("");
            if (!selfieNode.get("mediaType").isTextual() || !SELFIE_TYPES.contains(type)) {
                throw new Malformed("selfie.mediaType must be image/jpeg or image/png");
            }
            selfie = new ChipCheck.Selfie(type, decode(selfieNode.get("data"), "selfie.data", MAX_SELFIE_BYTES));
        }
        return new PresentationRequest(challenge, sod, dataGroups, answer, selfie);
    }

    private static byte[] base64(JsonNode root, String name, int maxBytes, boolean required) throws Malformed {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw new Malformed(name + " is required");
            }
            return null;
        }
        return decode(node, name, maxBytes);
    }

    private static byte[] decode(JsonNode node, String name, int maxBytes) throws Malformed {
        if (!node.isTextual()) {
            throw new Malformed(name + " must be a base64 string");
        }
        String text = node.asText();
        if (text.length() > (maxBytes + 2) / 3 * 4) {
            throw new Malformed(name + " is larger than " + maxBytes + " bytes");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (bytes.length == 0) {
                throw new Malformed(name + " is empty");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new Malformed(name + " is not valid base64");
        }
    }

    private static String safe(String name) {
        String cut = name.length() > 40 ? name.substring(0, 40) : name;
        return cut.replaceAll("[^A-Za-z0-9_.-]", "?");
    }
}
