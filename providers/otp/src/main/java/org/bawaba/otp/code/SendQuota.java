package org.bawaba.otp.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * A sliding one-hour window of sends per key (a recipient, an account), shared by all nodes: each send
 * takes one of {@code max} slots in Keycloak's single-use object store, and a slot frees itself an hour
 * after it was taken. {@code putIfAbsent} is atomic across the cluster.
 */
public final class SendQuota {

    private static final long WINDOW_SECONDS = 3600;

    private final SingleUseObjectProvider store;
    private final int max;

    public SendQuota(SingleUseObjectProvider store, int max) {
        this.store = store;
        this.max = max;
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

    /** Gives slots back, for a send that did not happen. */
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

    private String takeSlot(String key) {
        String prefix = "bawaba-otp-quota:" + digest(key) + ":";
        for (int slot = 0; slot < max; slot++) {
            if (store.putIfAbsent(prefix + slot, WINDOW_SECONDS)) {
                return prefix + slot;
            }
        }
        return null;
    }

    /** Recipients are personal data: keys hold only their digest. */
    static String digest(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
