package org.bawaba.eid.verifier.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;

/**
 * A trust source backed by a directory that reloads without a restart. On access, at most once per
 * {@code checkInterval}, it compares the directory's state (names, sizes, modification times); when it changed, it
 * loads a new immutable snapshot (with a new generation) and swaps it in atomically. One caller reloads while the
 * others keep using the current snapshot. A directory that cannot be read leaves the current snapshot in place.
 */
public final class ReloadingDirectoryTrustSource implements TrustAnchorSource {

    private static final System.Logger LOG = System.getLogger(ReloadingDirectoryTrustSource.class.getName());

    private final Path directory;
    private final long checkIntervalMillis;
    private final Clock clock;
    private final AtomicReference<TrustSnapshot> current = new AtomicReference<>();
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile long lastCheckMillis;
    private volatile byte[] lastState;

    public ReloadingDirectoryTrustSource(Path directory, Duration checkInterval, Clock clock) {
        this.directory = directory;
        this.checkIntervalMillis = Math.max(0, checkInterval.toMillis());
        this.clock = clock;
        this.lastCheckMillis = clock.millis();
        byte[] state = state();
        this.lastState = state;
        current.set(load());
    }

    @Override
    public TrustSnapshot snapshot() {
        long now = clock.millis();
        if (now - lastCheckMillis >= checkIntervalMillis && reloading.tryLock()) {
            try {
                if (now - lastCheckMillis >= checkIntervalMillis) {
                    lastCheckMillis = now;
                    reloadIfChanged();
                }
            } finally {
                reloading.unlock();
            }
        }
        return current.get();
    }

    /** Checks the directory now, whatever the interval. @return true when a new snapshot was loaded */
    public boolean reloadIfChanged() {
        reloading.lock();
        try {
            byte[] state = state();
            if (state == null || Arrays.equals(state, lastState)) {
                return false;
            }
            lastState = state;
            current.set(load());
            return true;
        } finally {
            reloading.unlock();
        }
    }

    public Path directory() {
        return directory;
    }

    private TrustSnapshot load() {
        TrustMaterial material = TrustMaterialLoader.loadDirectory(directory);
        TrustSnapshot snapshot = TrustSnapshot.of(material.certificates(), material.crls());
        material.warnings().forEach(w -> LOG.log(System.Logger.Level.WARNING, "trust store: " + w));
        snapshot.warnings().forEach(w -> LOG.log(System.Logger.Level.DEBUG, "trust store: " + w));
        LOG.log(System.Logger.Level.INFO, "trust store loaded from " + directory + ": " + snapshot);
        return snapshot;
    }

    /** A digest of the directory listing: names, sizes and modification times. Null when unreadable. */
    private byte[] state() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> warnings = new ArrayList<>();
            for (Path file : TrustMaterialLoader.files(directory, warnings)) {
                digest.update((directory.relativize(file) + "|" + Files.size(file) + "|"
                        + Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.MICROSECONDS) + "\n").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            if (!warnings.isEmpty() && Files.exists(directory)) {
                return null;
            }
            return digest.digest();
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
