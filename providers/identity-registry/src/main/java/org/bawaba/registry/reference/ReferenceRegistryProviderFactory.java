package org.bawaba.registry.reference;

import static org.bawaba.registry.reference.ReferenceRegistryConfig.CSV;
import static org.bawaba.registry.reference.ReferenceRegistryConfig.HASH_KEY;
import static org.bawaba.registry.reference.ReferenceRegistryConfig.OWNER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bawaba.spi.registry.IdentityRegistryProvider;
import org.bawaba.spi.registry.IdentityRegistryProviderFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The reference registry, a table in Keycloak's own database (see README.md): options
 * {@code --spi-bawaba-identity-registry--reference--<option>} ({@link #getConfigMetadata()}). A malformed option, a
 * file that cannot be loaded, or no {@code hashKey} when this registry is the one chosen, fails the server start.
 */
public final class ReferenceRegistryProviderFactory implements IdentityRegistryProviderFactory,
        ServerInfoAwareProviderFactory {

    public static final String ID = "reference";

    private static final Logger LOG = Logger.getLogger(ReferenceRegistryProviderFactory.class);

    private ReferenceRegistryConfig config;
    private AnswerHasher hasher;
    private RegistryLoader.Result loaded;

    @Override
    public void init(Config.Scope scope) {
        config = ReferenceRegistryConfig.from(scope);
        hasher = config.hasKey() ? new AnswerHasher(config.hashKey()) : null;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        boolean chosen = factory != null && factory.getProviderFactory(IdentityRegistryProvider.class) == this;
        if (hasher == null) {
            if (config.csv() != null) {
                throw new IllegalStateException(OWNER + ": option '" + HASH_KEY + "' is required to load option '"
                        + CSV + "'");
            }
            if (chosen) {
                throw new IllegalStateException(OWNER + ": option '" + HASH_KEY + "' is required "
                        + "(--spi-bawaba-identity-registry--reference--hash-key, base64 of at least "
                        + AnswerHasher.MIN_KEY_BYTES + " random bytes)");
            }
            LOG.debugf("%s: not configured, and not the registry in use", OWNER);
            return;
        }
        if (config.isDevelopmentKey()) {
            LOG.warnf("%s: hashing with the DEVELOPMENT-ONLY key of ./bawaba start: never use it in production", OWNER);
        }
        if (config.csv() != null && factory != null) {
            loaded = load(factory);
            LOG.infof("%s: loaded %s: %d people, %d new, %d updated", OWNER, config.csv(), loaded.read(),
                    loaded.inserted(), loaded.updated());
        }
    }

    /** All or nothing: one transaction, rolled back (and the start failed) at the first bad row. */
    private RegistryLoader.Result load(KeycloakSessionFactory factory) {
        RegistryLoader loader = new RegistryLoader(hasher);
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
                try {
                    return loader.load(config.csv(), session.getProvider(JpaConnectionProvider.class).getEntityManager());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (CsvFormatException e) {
            throw new IllegalStateException(OWNER + ": cannot load " + config.csv() + ", nothing loaded: "
                    + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(OWNER + ": cannot read " + config.csv() + " ("
                    + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    @Override
    public IdentityRegistryProvider create(KeycloakSession session) {
        return new ReferenceRegistryProvider(session, hasher);
    }

    /** The table must be there, its changelog applied, before the file is loaded into it. */
    @Override
    public Set<Class<? extends Provider>> dependsOn() {
        return Set.of(JpaConnectionProvider.class);
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Map<String, String> getOperationalInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("configured", Boolean.toString(hasher != null));
        if (config != null && config.csv() != null) {
            info.put("csv", config.csv().toString());
        }
        if (loaded != null) {
            info.put("loadedPeople", Integer.toString(loaded.read()));
        }
        return info;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(HASH_KEY).type(ProviderConfigProperty.PASSWORD).secret(true).required(true)
                .helpText("Base64 of at least " + AnswerHasher.MIN_KEY_BYTES + " random bytes (openssl rand -base64 "
                        + "32): the HMAC-SHA256 key of the stored answers and employer identifiers. Keep it for as "
                        + "long as the table: a new key makes every stored hash unmatchable until the file is loaded "
                        + "again")
                .add()
                .property().name(CSV).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Path of a UTF-8 CSV file upserted by registration number at every start, in one "
                        + "transaction (a bad row fails the start, naming its line and column). Columns: "
                        + String.join(",", RegistryCsv.COLUMNS))
                .add()
                .build();
    }
}
