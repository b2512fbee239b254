package org.bawaba.history;

import java.time.Duration;
import java.util.List;

import org.bawaba.authenticator.ServiceOptions;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The listener's server options: {@code --spi-events-listener--bawaba-sign-in-history--retention-days} (365: about
 * twelve months; older sign-ins are removed) and {@code ...--cleanup-interval-seconds} (3600: how often the removal
 * runs, on one node of the cluster).
 */
public record SignInHistorySettings(int retentionDays, int cleanupIntervalSeconds) {

    /** How the options' messages name their provider. */
    static final String OWNER = "events-listener " + SignInHistoryListenerFactory.ID;
    static final String RETENTION_DAYS = "retention-days";
    static final String CLEANUP_INTERVAL = "cleanup-interval-seconds";
    static final int DEFAULT_RETENTION_DAYS = 365;
    static final int DEFAULT_CLEANUP_INTERVAL = 3600;

    public static final SignInHistorySettings DEFAULTS = new SignInHistorySettings(DEFAULT_RETENTION_DAYS,
            DEFAULT_CLEANUP_INTERVAL);

    static SignInHistorySettings from(Config.Scope config) {
        return new SignInHistorySettings(
                ServiceOptions.positiveInt(config, OWNER, RETENTION_DAYS, DEFAULT_RETENTION_DAYS),
                ServiceOptions.positiveInt(config, OWNER, CLEANUP_INTERVAL, DEFAULT_CLEANUP_INTERVAL));
    }

    public Duration retention() {
        return Duration.ofDays(retentionDays);
    }

    static List<ProviderConfigProperty> metadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(RETENTION_DAYS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Days a sign-in is kept in the person's history; older ones are removed.")
                .defaultValue(DEFAULT_RETENTION_DAYS).add()
                .property().name(CLEANUP_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two removals of sign-ins older than the retention period.")
                .defaultValue(DEFAULT_CLEANUP_INTERVAL).add()
                .build();
    }
}
