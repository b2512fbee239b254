package org.bawaba.history;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.keycloak.models.ProtocolMapperModel;

/**
 * The names of the claims a relying party could receive from a sign-in, read from the protocol mappers of the client
 * scopes in effect for it (never from the values). A mapper with a {@code claim.name} gives that name when it puts
 * the claim in at least one token or answer (ID token, access token, userinfo, introspection); a nested name gives
 * its top-level claim ({@code address.street_address} is {@code address}, {@code a\.b} is {@code a.b}). Keycloak's
 * mappers that name their claim in code give it by their type. Claims that say nothing of the person or of the
 * sign-in (audience, allowed origins, session ids) are left out; {@code sub} is always in.
 */
public final class SharedClaimNames {

    static final String CLAIM_NAME = "claim.name";
    static final List<String> INCLUDED_IN = List.of("id.token.claim", "access.token.claim", "userinfo.token.claim",
            "introspection.token.claim");

    /** Mappers whose claim is fixed in code: type to claim name. */
    static final Map<String, String> FIXED_CLAIM = Map.of(
            "oidc-sub-mapper", "sub",
            "oidc-sha256-pairwise-sub-mapper", "sub",
            "oidc-address-mapper", "address",
            "oidc-full-name-mapper", "name",
            "oidc-acr-mapper", "acr",
            "bawaba-acr-mapper", "acr",
            "oidc-amr-mapper", "amr");

    /** Claims about the token or the client, not the person: never listed. */
    static final Set<String> NOT_ABOUT_THE_PERSON = Set.of("aud", "allowed-origins", "azp", "client_id", "clientHost",
            "clientAddress", "iss", "exp", "iat", "nbf", "jti", "typ", "nonce", "sid", "session_state", "scope",
            "at_hash", "c_hash", "s_hash", "cnf");

    private SharedClaimNames() {
    }

    /** The claim names, sorted, {@code sub} included. */
    public static List<String> of(Collection<ProtocolMapperModel> mappers) {
        Set<String> names = new TreeSet<>();
        names.add("sub");
        for (ProtocolMapperModel mapper : mappers) {
            String name = claimOf(mapper);
            if (name != null && !name.isBlank() && !NOT_ABOUT_THE_PERSON.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static String claimOf(ProtocolMapperModel mapper) {
        Map<String, String> config = mapper.getConfig() == null ? Map.of() : mapper.getConfig();
        String claimName = config.get(CLAIM_NAME);
        if (claimName != null && !claimName.isBlank()) {
            return INCLUDED_IN.stream().anyMatch(flag -> Boolean.parseBoolean(config.get(flag))) ? topLevel(claimName.trim()) : null;
        }
        String fixed = FIXED_CLAIM.get(mapper.getProtocolMapper());
        if (fixed == null) {
            return null;
        }
        // Keycloak's fixed-claim mappers default to no token when no flag is set at all, except the sub mappers.
        boolean anyFlag = INCLUDED_IN.stream().anyMatch(flag -> Boolean.parseBoolean(config.get(flag)));
        return anyFlag || "sub".equals(fixed) ? fixed : null;
    }

    /** The claim a (possibly nested) claim name puts at the top of the token: up to the first unescaped dot. */
    static String topLevel(String claimName) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < claimName.length(); i++) {
            char c = claimName.charAt(i);
            if (c == '\\' && i + 1 < claimName.length() && claimName.charAt(i + 1) == '.') {
                name.append('.');
                i++;
            } else if (c == '.') {
                break;
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
