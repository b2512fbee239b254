package org.bawaba.eid.verifier.pki;

import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers document signer certificates that passed PKIX validation, so that the many documents one DS signs
 * skip the CSCA signature check. Keyed by the DS certificate's SHA-256 fingerprint and the trust snapshot's
 * generation: a reload of the trust store never serves a result computed against older trust. Each entry also
 * holds the window in which the whole chain is valid, so a hit is only used for a validation time inside it.
 * Failures are never cached. Revocation is not cached either (it is a cheap lookup in the current snapshot).
 */
public final class ValidatedChainCache {

    record Key(ByteBuffer fingerprint, long generation) {
    }

    record Entry(X509Certificate csca, Instant validFrom, Instant validUntil) {
        boolean covers(Instant at) {
            return !at.isBefore(validFrom) && !at.isAfter(validUntil);
        }
    }

    private final int maxEntries;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private volatile long newestGeneration = Long.MIN_VALUE;

    public ValidatedChainCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
    }

    Optional<X509Certificate> lookup(byte[] fingerprint, long generation, Instant at) {
        Entry entry = entries.get(new Key(ByteBuffer.wrap(fingerprint), generation));
        return entry != null && entry.covers(at) ? Optional.of(entry.csca()) : Optional.empty();
    }

    void remember(byte[] fingerprint, long generation, X509Certificate csca, Instant validFrom, Instant validUntil) {
        if (generation != newestGeneration) {
            newestGeneration = generation;
            entries.keySet().removeIf(key -> key.generation() != generation);
        }
        if (entries.size() >= maxEntries) {
            // Simple and bounded: there are a few hundred live DS certificates worldwide, so this is rare.
            entries.clear();
        }
        entries.put(new Key(ByteBuffer.wrap(fingerprint.clone()), generation),
                new Entry(csca, validFrom, validUntil));
    }

    public int size() {
        return entries.size();
    }

    public void clear() {
        entries.clear();
    }
}
