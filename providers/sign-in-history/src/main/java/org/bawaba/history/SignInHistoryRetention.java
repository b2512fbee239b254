package org.bawaba.history;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

/** Removes the sign-ins older than the retention period, in every realm (Keycloak's clock). */
final class SignInHistoryRetention implements ScheduledTask {

    static final String TASK_NAME = "bawaba-sign-in-history-retention";

    private static final Logger LOG = Logger.getLogger(SignInHistoryRetention.class);

    private final SignInHistorySettings settings;

    SignInHistoryRetention(SignInHistorySettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(KeycloakSession session) {
        long before = Time.currentTimeMillis() - settings.retention().toMillis();
        int removed = new SignInHistoryStore(session).removeOlderThan(before);
        if (removed > 0) {
            LOG.debugf("Sign-in history: removed %d sign-ins older than %d days", removed, settings.retentionDays());
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
