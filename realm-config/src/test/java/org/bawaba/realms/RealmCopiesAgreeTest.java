package org.bawaba.realms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The realm files repeat what must stay the same: the user profile (the pivot identity) in every realm, and
 * the identity-provider mappers of the front door for each provider. A change made to one copy only fails here.
 */
class RealmCopiesAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REALMS = List.of("bawaba", "account", "eid", "sandbox");
    /** The sandbox's fictitious people say which level and provider they stand for, after the pivot identity. */
    private static final List<String> SANDBOX_ONLY = List.of("bawaba_fictitious", "bawaba_sandbox_level", "bawaba_sandbox_provider");

    /**
     * Intended differences. The front door alone holds the usage name (given by a provider or an administrator);
     * the placeholder e-ID holds no mobile number; the account realm requires its people to have an email address.
     * The front door alone holds the identity providers a person blocks for their account.
     */
    private static final Map<String, Set<String>> ONLY_IN = Map.of(
            "usage_name", Set.of("bawaba"),
            "bawaba_blocked_idps", Set.of("bawaba"),
            "bawaba_block_new_idps", Set.of("bawaba"),
            "bawaba_idps_at_choice", Set.of("bawaba"),
            "phone_number", Set.of("bawaba", "account"),
            "phone_number_verified", Set.of("bawaba", "account"));
    private static final String SANDBOX = "sandbox";
    private static final String ACCOUNT_REQUIRES_EMAIL = "account";

    @Test
    void theUserProfileIsTheSameInEveryRealmButForTheIntendedDifferences() throws IOException {
        Map<String, Map<String, JsonNode>> attributesByRealm = new LinkedHashMap<>();
        Map<String, JsonNode> restByRealm = new LinkedHashMap<>();
        for (String realm : REALMS) {
            ObjectNode profile = userProfile(realm);
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            profile.remove("attributes").forEach(attribute -> attributes.put(attribute.get("name").asText(), attribute));
            attributesByRealm.put(realm, attributes);
            restByRealm.put(realm, profile);
        }
        ((ObjectNode) attributesByRealm.get(ACCOUNT_REQUIRES_EMAIL).get("email")).remove("required");

        assertThat(restByRealm.values()).as("groups and unmanaged-attribute policy").allSatisfy(rest ->
                assertThat(rest).isEqualTo(restByRealm.get("bawaba")));
        Map<String, JsonNode> frontDoor = attributesByRealm.get("bawaba");
        for (String realm : REALMS) {
            Map<String, JsonNode> attributes = attributesByRealm.get(realm);
            if (SANDBOX.equals(realm)) {
                List<String> names = new ArrayList<>(attributes.keySet());
                assertThat(names.subList(names.size() - SANDBOX_ONLY.size(), names.size()))
                        .as("the sandbox's own attributes, last").isEqualTo(SANDBOX_ONLY);
                SANDBOX_ONLY.forEach(attributes::remove);
            }
            List<String> expectedNames = frontDoor.keySet().stream()
                    .filter(name -> ONLY_IN.getOrDefault(name, Set.copyOf(REALMS)).contains(realm))
                    .toList();
            assertThat(new ArrayList<>(attributes.keySet())).as("attributes of %s, in order", realm)
                    .isEqualTo(expectedNames);
            attributes.forEach((name, attribute) -> assertThat(attribute)
                    .as("attribute %s of %s, as the front door declares it", name, realm)
                    .isEqualTo(frontDoor.get(name)));
        }
    }

    @Test
    void theAccountRealmRequiresAnEmailAddressOfItsPeople() throws IOException {
        JsonNode email = attribute(userProfile(ACCOUNT_REQUIRES_EMAIL), "email");
        assertThat(email.path("required").path("roles")).containsExactly(JSON.getNodeFactory().textNode("user"));
        assertThat(attribute(userProfile("bawaba"), "email").has("required")).isFalse();
    }

    @Test
    void everyProviderOfTheFrontDoorHasTheSameMappersButForItsAlias() throws IOException {
        JsonNode realm = realm("bawaba");
        Map<String, Map<String, JsonNode>> mappersByAlias = new TreeMap<>();
        realm.get("identityProviders").forEach(provider -> mappersByAlias.put(provider.get("alias").asText(), new TreeMap<>()));
        realm.get("identityProviderMappers").forEach(mapper -> {
            ObjectNode withoutAlias = mapper.deepCopy();
            String alias = withoutAlias.remove("identityProviderAlias").asText();
            assertThat(mappersByAlias).as("mapper %s names a provider of the realm", mapper).containsKey(alias);
            assertThat(mappersByAlias.get(alias).put(withoutAlias.get("name").asText(), withoutAlias))
                    .as("one mapper named %s for %s", withoutAlias.get("name"), alias).isNull();
        });

        assertThat(mappersByAlias).containsOnlyKeys("account", "eid");
        assertThat(mappersByAlias.get("account")).as("the pivot identity, the username and the language").hasSize(12);
        assertThat(mappersByAlias.get("eid")).isEqualTo(mappersByAlias.get("account"));
        assertThat(mappersByAlias.get("account").values().stream()
                .filter(mapper -> "oidc-user-attribute-idp-mapper".equals(mapper.get("identityProviderMapper").asText()))
                .map(mapper -> mapper.get("config").get("user.attribute").asText())
                .collect(Collectors.toSet()))
                .as("every imported claim lands in an attribute of the front door's user profile")
                .isSubsetOf(attributeNames(userProfile("bawaba")));
    }

    private static JsonNode realm(String name) throws IOException {
        try (InputStream in = RealmCopiesAgreeTest.class.getResourceAsStream("/realms/" + name + "-realm.json")) {
            assertThat(in).as("realms/%s-realm.json", name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static ObjectNode userProfile(String realm) throws IOException {
        JsonNode providers = realm(realm).path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertThat(providers.size()).as("one user-profile component in %s", realm).isEqualTo(1);
        String config = providers.get(0).path("config").path("kc.user.profile.config").get(0).asText();
        return (ObjectNode) JSON.readTree(config);
    }

    private static JsonNode attribute(JsonNode profile, String name) {
        for (JsonNode attribute : profile.get("attributes")) {
            if (name.equals(attribute.get("name").asText())) {
                return attribute;
            }
        }
        throw new AssertionError("no attribute " + name);
    }

    private static Set<String> attributeNames(JsonNode profile) {
        Set<String> names = new java.util.HashSet<>();
        profile.get("attributes").forEach(attribute -> names.add(attribute.get("name").asText()));
        return names;
    }
}
