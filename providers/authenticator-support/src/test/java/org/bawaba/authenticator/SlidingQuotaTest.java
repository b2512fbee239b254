package org.bawaba.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

class SlidingQuotaTest {

    /** Keycloak's single-use store as one node sees it; lifespans are not simulated. */
    private static final class InMemoryStore implements SingleUseObjectProvider {
        final Map<String, Map<String, String>> entries = new HashMap<>();

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            entries.put(key, notes);
        }

        @Override
        public Map<String, String> get(String key) {
            return entries.get(key);
        }

        @Override
        public Map<String, String> remove(String key) {
            return entries.remove(key);
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            return entries.replace(key, notes) != null;
        }

        @Override
        public boolean putIfAbsent(String key, long lifespanSeconds) {
            return entries.putIfAbsent(key, Map.of()) == null;
        }

        @Override
        public boolean contains(String key) {
            return entries.containsKey(key);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aKeyGetsMaxUsesPerWindowAndAFreedSlotCanBeTakenAgain() {
        InMemoryStore store = new InMemoryStore();
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
        InMemoryStore store = new InMemoryStore();
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
        InMemoryStore store = new InMemoryStore();
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
