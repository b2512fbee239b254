package org.bawaba.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import org.bawaba.testsupport.InMemorySingleUseObjects;
import org.junit.jupiter.api.Test;

class SlidingQuotaTest {

    @Test
    void aKeyGetsMaxUsesPerWindowAndAFreedSlotCanBeTakenAgain() {
        InMemorySingleUseObjects store = new InMemorySingleUseObjects();
        SlidingQuota quota = new SlidingQuota(store, "bawaba-eid-address", 3, 3600);

        String[] first = quota.tryAcquire("192.0.2.10");
        assertThat(quota.tryAcquire("192.0.2.10")).isNotNull();
        assertThat(quota.tryAcquire("192.0.2.10")).isNotNull();
        assertThat(quota.tryAcquire("192.0.2.10")).as("the fourth in the window").isNull();
        assertThat(quota.tryAcquire("192.0.2.11")).as("another address has its own slots").isNotNull();

        quota.release(first);
        assertThat(quota.tryAcquire("192.0.2.10")).isNotNull();
    }

    @Test
    void severalKeysAreTakenTogetherOrNotAtAllAndNamespacesNeverShareSlots() {
        InMemorySingleUseObjects store = new InMemorySingleUseObjects();
        SlidingQuota codes = new SlidingQuota(store, "bawaba-otp-quota", 1, 3600);
        assertThat(codes.tryAcquire("sms:+212600000101", "account:1")).isNotNull();

        int before = store.entries.size();
        assertThat(codes.tryAcquire("sms:+212600000102", "account:1")).as("the account is full").isNull();
        assertThat(store.entries).as("the free recipient's slot was given back").hasSize(before);
        assertThat(new SlidingQuota(store, "bawaba-eid-address", 1, 3600).tryAcquire("account:1")).isNotNull();
        assertThat(store.entries.keySet()).as("keys hold digests, never the recipient")
                .noneMatch(key -> key.contains("+212") || key.contains("account:1"));
    }

    @Test
    void isFullTellsWhetherTheNextUseWouldBeRefusedWithoutTakingASlot() {
        InMemorySingleUseObjects store = new InMemorySingleUseObjects();
        SlidingQuota quota = new SlidingQuota(store, "bawaba-kbq-failures", 2, 3600);
        assertThat(quota.isFull("nid:AB1")).isFalse();
        quota.tryAcquire("nid:AB1");
        assertThat(quota.isFull("nid:AB1")).isFalse();
        assertThat(store.entries).as("asking took nothing").hasSize(1);
        quota.tryAcquire("nid:AB1");
        assertThat(quota.isFull("nid:AB1")).isTrue();
        assertThat(quota.isFull("nid:AB2")).isFalse();
    }
}
