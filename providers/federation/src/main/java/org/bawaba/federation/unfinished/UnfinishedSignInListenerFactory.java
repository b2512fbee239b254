package org.bawaba.federation.unfinished;

import java.util.List;

import org.bawaba.authenticator.OncePerClusterTaskRunner;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.timer.TimerProvider;

/**
 * Event listener {@code bawaba-unfinished-sign-in}: add it to a realm's event listeners (the front door's realm
 * file does) and a first sign-in that fails or is abandoned leaves no front-door account. Server options:
 * {@code --spi-events-listener--bawaba-unfinished-sign-in--max-age-seconds} (3600: longer than a sign-in may last)
 * and {@code ...--cleanup-interval-seconds} (600); the clean-up runs on one node of the cluster at a time.
 */
public class UnfinishedSignInListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "bawaba-unfinished-sign-in";

    static final String MAX_AGE = "max-age-seconds";
    static final String CLEANUP_INTERVAL = "cleanup-interval-seconds";
    static final int DEFAULT_MAX_AGE = 3600;
    static final int DEFAULT_CLEANUP_INTERVAL = 600;

    private int maxAgeSeconds = DEFAULT_MAX_AGE;
    private int cleanupIntervalSeconds = DEFAULT_CLEANUP_INTERVAL;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new UnfinishedSignInListener(session);
    }

    @Override
    public void init(Config.Scope config) {
        maxAgeSeconds = positive(config, MAX_AGE, DEFAULT_MAX_AGE);
        cleanupIntervalSeconds = positive(config, CLEANUP_INTERVAL, DEFAULT_CLEANUP_INTERVAL);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        long intervalMillis = cleanupIntervalSeconds * 1000L;
        UnfinishedSignInCleanup cleanup = new UnfinishedSignInCleanup(ID, maxAgeSeconds);
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .schedule(new OncePerClusterTaskRunner(factory, cleanup, cleanupIntervalSeconds), intervalMillis,
                        UnfinishedSignInCleanup.TASK_NAME));
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
                .property().name(MAX_AGE).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds after which an unfinished first sign-in counts as abandoned and its account is removed.")
                .defaultValue(DEFAULT_MAX_AGE).add()
                .property().name(CLEANUP_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two clean-ups of abandoned first sign-ins.")
                .defaultValue(DEFAULT_CLEANUP_INTERVAL).add()
                .build();
    }

    private static int positive(Config.Scope config, String name, int defaultValue) {
        int value = config.getInt(name, defaultValue);
        if (value <= 0) {
            throw new IllegalArgumentException("spi-events-listener--" + ID + "--" + name + " must be positive, not " + value);
        }
        return value;
    }
}
