package org.bawaba.federation.loa;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The levels of assurance of one sign-in, decided in one place for the chooser, the broker and the ID token.
 * <p>
 * Names and ranks are those of {@code acr.loa.map} as Keycloak resolves it for the relying party (the client's
 * attribute, else the realm's: {@link AcrUtils#getAcrLoaMap(ClientModel)}); Keycloak ranks the request with it
 * (the client note {@link Constants#REQUESTED_LEVEL_OF_AUTHENTICATION}) and names the token's {@code acr} with it.
 * A provider's level ({@code bawaba.loa}) and answer are realm-wide names: ranked by the client's map when it names
 * them, else by the realm's, so that a relying party may rename or re-rank the levels in its own map.
 */
public final class AssuranceLevels {

    /** Identity-provider setting: the highest level (an acr name) the provider can deliver. */
    public static final String PROVIDER_CEILING = "bawaba.loa";

    private final Map<String, Integer> clientRanks;
    private final Map<String, Integer> realmRanks;
    private final int requested;

    /**
     * @param clientRanks   the map as Keycloak resolves it for the client (its own, else the realm's)
     * @param realmRanks    the realm's map: the names providers are configured with and answer
     * @param requestedNote the rank Keycloak computed from the request, or null
     */
    AssuranceLevels(Map<String, Integer> clientRanks, Map<String, Integer> realmRanks, String requestedNote) {
        this.clientRanks = clientRanks == null ? Map.of() : Map.copyOf(clientRanks);
        this.realmRanks = realmRanks == null ? Map.of() : Map.copyOf(realmRanks);
        this.requested = parseRank(requestedNote);
    }

    /** The levels of the sign-in {@code authSession} belongs to. */
    public static AssuranceLevels of(AuthenticationSessionModel authSession) {
        ClientModel client = authSession.getClient();
        return new AssuranceLevels(AcrUtils.getAcrLoaMap(client), AcrUtils.getAcrLoaMap(client.getRealm()),
                authSession.getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION));
    }

    /** Whether the relying party asked for a level (a rank above Keycloak's minimum, 0). */
    public boolean hasRequest() {
        return requested > Constants.MINIMUM_LOA;
    }

    /** The requested rank; {@link Constants#NO_LOA} when none. */
    public int requested() {
        return requested;
    }

    /** The name the relying party knows the requested level by, or "" when nothing was requested. */
    public String requestedName() {
        return hasRequest() ? nameOf(requested) : "";
    }

    /** The rank of a level name: the client's map first, then the realm's. */
    public OptionalInt rankOf(String name) {
        if (name == null || name.isBlank()) {
            return OptionalInt.empty();
        }
        Integer rank = clientRanks.get(name.trim());
        if (rank == null) {
            rank = realmRanks.get(name.trim());
        }
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    /** Whether a provider that can deliver at most {@code ceiling} may be chosen for this request. */
    public boolean ceilingMeetsRequest(String ceiling) {
        return !hasRequest() || rankOf(ceiling).orElse(Constants.NO_LOA) >= requested;
    }

    /** Whether a sign-in credited {@code credited} satisfies the request. */
    public boolean meetsRequest(int credited) {
        return !hasRequest() || credited >= requested;
    }

    /**
     * The rank the broker credits to a provider's answer: the rank of its acr, never above what the provider is
     * configured to deliver ({@code ceiling}); {@link Constants#NO_LOA} when the acr is missing or unknown, or no
     * ceiling is set: the sign-in then has no level at all.
     */
    public int credited(String providerAcr, String ceiling) {
        OptionalInt max = rankOf(ceiling);
        OptionalInt answered = rankOf(providerAcr);
        if (max.isEmpty() || answered.isEmpty()) {
            return Constants.NO_LOA;
        }
        int rank = Math.min(max.getAsInt(), answered.getAsInt());
        return rank > Constants.MINIMUM_LOA ? rank : Constants.NO_LOA;
    }

    /**
     * What the provider is asked for: the realm's names (the providers' vocabulary; the client's when the realm has
     * none) at or above the requested rank, lowest first, so that it reports the best level it reached.
     */
    public List<String> namesToForward() {
        if (!hasRequest()) {
            return List.of();
        }
        Map<String, Integer> vocabulary = realmRanks.isEmpty() ? clientRanks : realmRanks;
        return vocabulary.keySet().stream()
                .filter(name -> rankOf(name).orElse(Constants.NO_LOA) >= requested)
                .sorted(Comparator.comparingInt((String name) -> rankOf(name).getAsInt()).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The relying party's name of exactly this rank (the first, alphabetically, if several), for messages. */
    public String nameOf(int rank) {
        return clientRanks.entrySet().stream()
                .filter(e -> e.getValue() == rank)
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(String.valueOf(rank));
    }

    /** The distinct ranks from 1 up to {@code rank}, lowest first: what a person who reached {@code rank} also meets. */
    public List<Integer> ranksUpTo(int rank) {
        return clientRanks.values().stream().filter(r -> r > Constants.MINIMUM_LOA && r <= rank).distinct().sorted().toList();
    }

    /**
     * The {@code acr} a token may carry: what Keycloak computed ({@code keycloakAcr}, for the level {@code level}),
     * but only when it is one of the relying party's names. Keycloak falls back to the level's number ("0" for a
     * sign-in credited nothing) or, with no level recorded, assumes one; the token then carries no {@code acr}.
     * Without any map, Keycloak's value stands.
     */
    public static Optional<String> tokenAcr(Map<String, Integer> names, int level, String keycloakAcr) {
        if (names.isEmpty()) {
            return Optional.ofNullable(keycloakAcr);
        }
        if (level < Constants.MINIMUM_LOA || keycloakAcr == null || !names.containsKey(keycloakAcr)) {
            return Optional.empty();
        }
        return Optional.of(keycloakAcr);
    }

    /** The names of a map, lowest rank first (then alphabetically): what discovery lists as {@code acr_values_supported}. */
    public static List<String> namesByRank(Map<String, Integer> ranks) {
        return ranks.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int parseRank(String note) {
        if (note == null) {
            return Constants.NO_LOA;
        }
        try {
            return Integer.parseInt(note.trim());
        } catch (NumberFormatException e) {
            return Constants.NO_LOA;
        }
    }
}
