package org.bawaba.history;

import java.util.List;

import org.bawaba.authenticator.OncePerClusterTaskRunner;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.timer.TimerProvider;

/**
 * Event listener {@code bawaba-sign-in-history}: add it to a realm's event listeners (the front door's realm file does)
 * and each sign-in there is kept in the person's history ({@link SignInHistoryListener}). Whatever the realm, a
 * person's history is removed with their account and a realm's with the realm; sign-ins older than the retention
 * period ({@link SignInHistorySettings}) are removed by a task that runs on one node of the cluster per interval.
 */
public class SignInHistoryListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "bawaba-sign-in-history";

    private SignInHistorySettings settings = SignInHistorySettings.DEFAULTS;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SignInHistoryListener(session);
    }

    @Override
    public void init(Config.Scope config) {
        settings = SignInHistorySettings.from(config);
    }

    /** This server's settings: how long a sign-in is kept, as the person's page says. */
    public static SignInHistorySettings settings(KeycloakSessionFactory factory) {
        return factory.getProviderFactory(EventListenerProvider.class, ID) instanceof SignInHistoryListenerFactory history
                ? history.settings : SignInHistorySettings.DEFAULTS;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                scheduleRetention(factory);
            } else {
                removeWithTheirOwner(event);
            }
        });
    }

    /** Once the database is migrated: the task's first run must find the table. */
    private void scheduleRetention(KeycloakSessionFactory factory) {
        SignInHistoryRetention retention = new SignInHistoryRetention(settings);
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .schedule(new OncePerClusterTaskRunner(factory, retention, settings.cleanupIntervalSeconds()),
                        settings.cleanupIntervalSeconds() * 1000L, SignInHistoryRetention.TASK_NAME));
    }

    /** In the transaction that removes the account, or the realm. */
    static void removeWithTheirOwner(ProviderEvent event) {
        if (event instanceof UserModel.UserRemovedEvent removed) {
            new SignInHistoryStore(removed.getKeycloakSession()).removeUser(removed.getRealm().getId(),
                    removed.getUser().getId());
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            new SignInHistoryStore(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
        }
    }

    SignInHistorySettings settings() {
        return settings;
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
        return SignInHistorySettings.metadata();
    }
}
