package org.bawaba.authenticator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * A sliding window of uses per key (a recipient, an account, an IP address), shared by all nodes: each use takes one
 * of {@code max} slots in Keycloak's single-use object store, and a slot frees itself a window after it was taken.
 * {@code putIfAbsent} is atomic across the cluster. Keys are personal data: the store holds only their digest.
 */
public final class SlidingQuota {

    private final SingleUseObjectProvider store;
    private final String namespace;
    private final int max;
    private final long windowSeconds;

    /** @param namespace what is counted, e.g. {@code bawaba-otp-quota}: quotas of different uses never share slots */
    public SlidingQuota(SingleUseObjectProvider store, String namespace, int max, long windowSeconds) {
        this.store = store;
        this.namespace = namespace;
        this.max = max;
        this.windowSeconds = windowSeconds;
    }

    /** Takes a slot for every key, or none: returns the slot keys taken, or null when one key is full. */
    public String[] tryAcquire(String... keys) {
        String[] taken = new String[keys.length];
        for (int k = 0; k < keys.length; k++) {
            taken[k] = takeSlot(keys[k]);
            if (taken[k] == null) {
                release(taken);
                return null;
            }
        }
        return taken;
    }

    /** Whether every slot of the key is taken: the next {@link #tryAcquire} would fail. Takes nothing. */
    public boolean isFull(String key) {
        String prefix = namespace + ":" + digest(key) + ":";
        for (int slot = 0; slot < max; slot++) {
            if (!store.contains(prefix + slot)) {
                return false;
            }
        }
        return true;
    }

    /** Gives slots back, for a use that did not happen. */
    public void release(String[] slots) {
        if (slots == null) {
            return;
        }
        for (String slot : slots) {
            if (slot != null) {
                store.remove(slot);
            }
        }
    }

    /**
     * Probes the slots from a random one: while the key is well under its limit the first probe almost always
     * succeeds, instead of walking past every slot already taken (each probe is a call to the cluster's store).
     */
    private String takeSlot(String key) {
        String prefix = namespace + ":" + digest(key) + ":";
        int start = ThreadLocalRandom.current().nextInt(max);
        for (int probe = 0; probe < max; probe++) {
            int slot = (start + probe) % max;
            if (store.putIfAbsent(prefix + slot, windowSeconds)) {
                return prefix + slot;
            }
        }
        return null;
    }

    static String digest(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
