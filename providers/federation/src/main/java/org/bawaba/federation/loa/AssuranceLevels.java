package org.bawaba.federation.loa;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The realm's levels of assurance: names (acr values such as "eidas2") and their ranks, as in the realm
 * attribute {@code acr.loa.map}. Unknown names have no rank: a provider that returns one asserts nothing.
 */
final class AssuranceLevels {

    private final Map<String, Integer> ranks;

    AssuranceLevels(Map<String, Integer> ranks) {
        this.ranks = ranks == null ? Map.of() : Map.copyOf(ranks);
    }

    OptionalInt rankOf(String name) {
        Integer rank = name == null ? null : ranks.get(name.trim());
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    /** Names of rank {@code rank} or higher, lowest first: what a provider may answer to a request at that rank. */
    List<String> namesAtOrAbove(int rank) {
        return ranks.entrySet().stream()
                .filter(e -> e.getValue() >= rank)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The name of exactly this rank (the first, alphabetically, if several), for messages. */
    String nameOf(int rank) {
        return ranks.entrySet().stream()
                .filter(e -> e.getValue() == rank)
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(String.valueOf(rank));
    }

    /**
     * The rank the broker credits to a provider's answer: the rank of its acr, never above what the provider
     * is configured to deliver ({@code ceiling}); 0 when the acr is missing or unknown, or no ceiling is set.
     */
    int credited(String providerAcr, String ceiling) {
        OptionalInt max = rankOf(ceiling);
        OptionalInt answered = rankOf(providerAcr);
        if (max.isEmpty() || answered.isEmpty()) {
            return 0;
        }
        return Math.max(0, Math.min(max.getAsInt(), answered.getAsInt()));
    }

    /** The distinct ranks from 1 up to {@code rank}, lowest first: what a person who reached {@code rank} also meets. */
    List<Integer> ranksUpTo(int rank) {
        return ranks.values().stream().filter(r -> r > 0 && r <= rank).distinct().sorted().toList();
    }

    boolean isEmpty() {
        return ranks.isEmpty();
    }

    static AssuranceLevels none() {
        return new AssuranceLevels(Collections.emptyMap());
    }
}
