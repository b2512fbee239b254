package org.bawaba.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.ProtocolMapperModel;

class SharedClaimNamesTest {

    private static final Map<String, String> EVERYWHERE = Map.of("id.token.claim", "true", "access.token.claim", "true",
            "userinfo.token.claim", "true", "introspection.token.claim", "true");

    @Test
    void theNamesOfTheMappersClaims_sorted_withSub() {
        assertThat(SharedClaimNames.of(List.of(
                claim("oidc-usermodel-attribute-mapper", "given_name", EVERYWHERE),
                claim("oidc-usermodel-attribute-mapper", "family_name_ar", Map.of("id.token.claim", "true",
                        "access.token.claim", "false")),
                claim("oidc-usermodel-property-mapper", "email_verified", EVERYWHERE),
                claim("oidc-usersessionmodel-note-mapper", "amr", Map.of("id.token.claim", "true")),
                claim("oidc-usersessionmodel-note-mapper", "auth_time", Map.of("access.token.claim", "true")))))
                .containsExactly("amr", "auth_time", "email_verified", "family_name_ar", "given_name", "sub");
    }

    @Test
    void aClaimInNoTokenNorAnswer_isNotShared() {
        assertThat(SharedClaimNames.of(List.of(
                claim("oidc-usermodel-attribute-mapper", "national_id", Map.of()),
                claim("oidc-usermodel-attribute-mapper", "phone_number", Map.of("id.token.claim", "false",
                        "access.token.claim", "false", "userinfo.token.claim", "false")))))
                .containsExactly("sub");
    }

    @Test
    void aNestedName_givesItsTopLevelClaim_andAnEscapedDotIsPartOfTheName() {
        assertThat(SharedClaimNames.of(List.of(
                claim("oidc-usermodel-realm-role-mapper", "realm_access.roles", EVERYWHERE),
                claim("oidc-usermodel-attribute-mapper", "address.locality", EVERYWHERE),
                claim("oidc-usermodel-attribute-mapper", "bawaba\\.level.name", EVERYWHERE))))
                .containsExactly("address", "bawaba.level", "realm_access", "sub");
    }

    @Test
    void mappersThatNameTheirClaimInCode_giveItByTheirType() {
        assertThat(SharedClaimNames.of(List.of(
                mapper("bawaba-acr-mapper", Map.of("id.token.claim", "true", "access.token.claim", "true")),
                mapper("oidc-address-mapper", EVERYWHERE),
                mapper("oidc-full-name-mapper", Map.of("userinfo.token.claim", "true")),
                mapper("oidc-sha256-pairwise-sub-mapper", Map.of("sectorIdentifierUri", "https://rp.example/sector")),
                mapper("oidc-some-unknown-mapper", EVERYWHERE))))
                .containsExactly("acr", "address", "name", "sub");
        assertThat(SharedClaimNames.of(List.of(mapper("oidc-acr-mapper", Map.of())))).containsExactly("sub");
    }

    @Test
    void claimsAboutTheTokenOrTheClient_areNotTheSharedClaims() {
        assertThat(SharedClaimNames.of(List.of(
                mapper("oidc-allowed-origins-mapper", EVERYWHERE),
                mapper("oidc-audience-resolve-mapper", EVERYWHERE),
                claim("oidc-audience-mapper", "aud", EVERYWHERE),
                claim("oidc-usersessionmodel-note-mapper", "client_id", EVERYWHERE),
                claim("oidc-usersessionmodel-note-mapper", "clientAddress", EVERYWHERE),
                claim("oidc-hardcoded-claim-mapper", "nonce", EVERYWHERE))))
                .containsExactly("sub");
    }

    @Test
    void aMapperWithoutConfiguration_isSkipped() {
        ProtocolMapperModel bare = new ProtocolMapperModel();
        bare.setProtocolMapper("oidc-usermodel-attribute-mapper");
        assertThat(SharedClaimNames.of(List.of(bare))).containsExactly("sub");
    }

    @Test
    void storedNames_stayWithinTheColumn_wholeNamesOnly() {
        List<String> many = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "claim_" + i).toList();
        String joined = SignInEntity.joined(many);
        assertThat(joined.length()).isLessThanOrEqualTo(SignInEntity.CLAIMS_LENGTH);
        assertThat(List.of(joined.split(" "))).allSatisfy(name -> assertThat(many).contains(name));
        assertThat(SignInEntity.joined(List.of("sub", "email"))).isEqualTo("sub email");
    }

    private static ProtocolMapperModel claim(String type, String claimName, Map<String, String> flags) {
        Map<String, String> config = new HashMap<>(flags);
        config.put("claim.name", claimName);
        return mapper(type, config);
    }

    private static ProtocolMapperModel mapper(String type, Map<String, String> config) {
        ProtocolMapperModel mapper = new ProtocolMapperModel();
        mapper.setName(type);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new HashMap<>(config));
        return mapper;
    }
}
