package org.bawaba.trust.directory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.trust.ReloadingDirectoryTrustSource;
import org.bawaba.spi.trust.DocumentTrustStoreProvider;
import org.bawaba.spi.trust.DocumentTrustStoreProviderFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Trust store read from a directory of DER/PEM certificates, CRLs, PEM master-list bundles and CMS {@code .ml}
 * master lists; it picks up changes without a restart (checked on access, at most once per reload interval).
 *
 * <p>Configuration, e.g. {@code --spi-document-trust-store--directory--directory=/opt/keycloak/conf/csca}
 * {@code --spi-document-trust-store--directory--reload-interval-seconds=60}.
 */
public final class DirectoryDocumentTrustStoreProviderFactory implements DocumentTrustStoreProviderFactory {

    public static final String ID = "directory";
    static final String DIRECTORY = "directory";
    static final String RELOAD_INTERVAL_SECONDS = "reloadIntervalSeconds";
    static final long DEFAULT_RELOAD_INTERVAL_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(DirectoryDocumentTrustStoreProviderFactory.class);

    /** Trusts nothing; served while no directory is configured. */
    private final TrustSnapshot nothingTrusted = TrustSnapshot.empty();
    private volatile ReloadingDirectoryTrustSource source;

    @Override
    public void init(Config.Scope config) {
        String directory = config.get(DIRECTORY);
        long interval = config.getLong(RELOAD_INTERVAL_SECONDS, DEFAULT_RELOAD_INTERVAL_SECONDS);
        if (directory == null || directory.isBlank()) {
            LOG.warnf("document-trust-store: no '%s' configured; every chip document will be untrusted", DIRECTORY);
            return;
        }
        source = new ReloadingDirectoryTrustSource(Path.of(directory), Duration.ofSeconds(interval),
                Clock.systemUTC());
        LOG.infof("document-trust-store: %s from %s, reload interval %ds", source.snapshot(), directory, interval);
    }

    @Override
    public DocumentTrustStoreProvider create(KeycloakSession session) {
        ReloadingDirectoryTrustSource current = source;
        return current == null ? () -> nothingTrusted : current::snapshot;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(DIRECTORY).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Directory of CSCA/link certificates (DER or PEM), CRLs and ICAO master lists (.ml, PEM)")
                .add()
                .property().name(RELOAD_INTERVAL_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Minimum seconds between checks of the directory for changes")
                .defaultValue(DEFAULT_RELOAD_INTERVAL_SECONDS)
                .add()
                .build();
    }
}
