package org.bawaba.federation.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BlockingChoiceTest {

    private static final Set<String> AT_CHOICE = Set.of("account", "eid");

    @Test
    void aProviderBlockedByNameIsRefusedAndTheOthersAllowed() {
        BlockingChoice choice = new BlockingChoice(Set.of("eid"), false, AT_CHOICE);

        assertThat(choice.isBlocked("eid")).isTrue();
        assertThat(choice.isBlocked("account")).isFalse();
        assertThat(choice.isBlocked("partner")).as("added later, and the person did not block those").isFalse();
        assertThat(choice.blockedAmong(List.of("account", "eid", "partner"))).containsExactly("eid");
    }

    @Test
    void providersAddedAfterTheChoiceAreRefusedWhenThePersonSaidSo() {
        BlockingChoice choice = new BlockingChoice(Set.of(), true, AT_CHOICE);

        assertThat(choice.isBlocked("partner")).as("did not exist when the person chose").isTrue();
        assertThat(choice.isBlocked("account")).isFalse();
        assertThat(choice.isBlocked("eid")).isFalse();
        assertThat(choice.blockedAmong(List.of("account", "eid", "partner", "another"))).containsExactly("another", "partner");
    }

    @Test
    void aProviderRemovedThenAddedAgainUnderItsAliasStaysAsThePersonLeftIt() {
        BlockingChoice choice = new BlockingChoice(Set.of("eid"), true, AT_CHOICE);

        assertThat(choice.blockedAmong(List.of("account"))).as("blocked by name, even while it is gone").containsExactly("eid");
        assertThat(choice.isBlocked("eid")).isTrue();
        assertThat(choice.isBlocked("account")).isFalse();
    }

    @Test
    void withoutARecordOfTheProvidersAtTheTimeNothingCountsAsAddedLater() {
        BlockingChoice choice = new BlockingChoice(Set.of("eid"), true, Set.of());

        assertThat(choice.isBlocked("partner")).isFalse();
        assertThat(choice.isBlocked("eid")).isTrue();
    }

    @Test
    void theLastWayInCannotBeBlocked() {
        assertThatThrownBy(() -> BlockingChoice.checkSomeWayInRemains(Set.of("account", "eid"), Set.of("account")))
                .isInstanceOfSatisfying(BlockedProviders.Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("bawabaBlockingLastWayIn"));
        assertThatThrownBy(() -> BlockingChoice.checkSomeWayInRemains(Set.of("account", "eid"), Set.of("account", "eid")))
                .isInstanceOf(BlockedProviders.Refused.class);
        assertThatCode(() -> BlockingChoice.checkSomeWayInRemains(Set.of("eid"), Set.of("account", "eid")))
                .as("one way in is left").doesNotThrowAnyException();
        assertThatCode(() -> BlockingChoice.checkSomeWayInRemains(Set.of("partner"), Set.of("account")))
                .doesNotThrowAnyException();
    }

    @Test
    void theSameEffectIsNoChange() {
        Set<String> realm = Set.of("account", "eid", "partner");
        BlockingChoice before = new BlockingChoice(Set.of("eid"), true, AT_CHOICE);

        assertThat(new BlockingChoice(Set.of("eid", "partner"), true, realm).sameAs(before, realm))
                .as("partner was already blocked as added later").isTrue();
        assertThat(new BlockingChoice(Set.of("eid"), true, realm).sameAs(before, realm))
                .as("partner would now be allowed").isFalse();
        assertThat(new BlockingChoice(Set.of("eid", "partner"), false, realm).sameAs(before, realm))
                .as("later providers no longer blocked").isFalse();
        assertThat(new BlockingChoice(Set.of(), false, realm).sameAs(BlockingChoice.NONE, realm)).isTrue();
    }
}
