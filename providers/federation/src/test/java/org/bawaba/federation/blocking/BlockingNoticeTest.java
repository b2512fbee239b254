package org.bawaba.federation.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * What the confirmation email says (its templates render these attributes; the person's page, which calls
 * {@link BlockedProviders#choose}, has the end-to-end test that reads the mail).
 */
class BlockingNoticeTest {

    private static final Set<String> REALM = Set.of("account", "eid", "partner");
    private static final Instant WHEN = Instant.parse("2026-12-07T18:50:00Z");

    @Test
    void saysWhichProvidersAreNowBlockedAndWhichAllowed() {
        BlockingChoice choice = new BlockingChoice(Set.of("eid"), false, REALM);

        Map<String, Object> mail = BlockingNotice.attributes(choice, REALM, Map.of("partner", "Partner"), WHEN);

        assertThat(mail).containsEntry("blocked", List.of("eid"))
                .containsEntry("allowed", List.of("account", "partner"))
                .containsEntry("blocksNewProviders", false)
                .containsEntry("providerNames", Map.of("partner", "Partner"));
    }

    @Test
    void saysWhetherProvidersAddedLaterAreBlocked() {
        BlockingChoice choice = new BlockingChoice(Set.of(), true, Set.of("account", "eid"));

        Map<String, Object> mail = BlockingNotice.attributes(choice, REALM, Map.of(), WHEN);

        assertThat(mail).containsEntry("blocksNewProviders", true)
                .as("partner came after the choice").containsEntry("blocked", List.of("partner"));
    }

    @Test
    void saysWhenTheSameWayInEveryLanguage() {
        BlockingChoice choice = new BlockingChoice(Set.of("eid"), false, REALM);

        assertThat(BlockingNotice.attributes(choice, REALM, Map.of(), WHEN)).containsEntry("changedAt", "2026-12-07 18h50 UTC");
    }
}
