package org.bawaba.federation.loa;

import java.util.Map;

/** Builds {@link AssuranceLevels} without a server, for tests of other packages. */
public final class AssuranceLevelsFixture {

    private AssuranceLevelsFixture() {
    }

    public static AssuranceLevels levels(Map<String, Integer> clientRanks, Map<String, Integer> realmRanks, String requestedRank) {
        return new AssuranceLevels(clientRanks, realmRanks, requestedRank);
    }
}
