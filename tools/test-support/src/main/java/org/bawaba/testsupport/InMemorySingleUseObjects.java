package org.bawaba.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * Keycloak's single-use object store as one node sees it: entries and the lifespan each was given, which is recorded
 * but not simulated (nothing expires).
 */
public final class InMemorySingleUseObjects implements SingleUseObjectProvider {

    /** The entries by key, in the store's own map: tests may look, never share it across stores. */
    public final Map<String, Map<String, String>> entries = new HashMap<>();
    /** The lifespan in seconds each key was last given. */
    public final Map<String, Long> lifespans = new HashMap<>();

    @Override
    public void put(String key, long lifespanSeconds, Map<String, String> notes) {
        entries.put(key, notes);
        lifespans.put(key, lifespanSeconds);
    }

    @Override
    public Map<String, String> get(String key) {
        return entries.get(key);
    }

    @Override
    public Map<String, String> remove(String key) {
        lifespans.remove(key);
        return entries.remove(key);
    }

    @Override
    public boolean replace(String key, Map<String, String> notes) {
        return entries.replace(key, notes) != null;
    }

    @Override
    public boolean putIfAbsent(String key, long lifespanSeconds) {
        if (entries.putIfAbsent(key, Map.of()) != null) {
            return false;
        }
        lifespans.put(key, lifespanSeconds);
        return true;
    }

    @Override
    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    @Override
    public void close() {
    }
}
