package org.bawaba.federation.unfinished;

import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.scheduled.ScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;

/**
 * Runs a scheduled task on one node of the cluster per interval, as Keycloak's own ClusterAwareScheduledTaskRunner
 * does (that class lives in an artifact whose 26.7.3 parent pom is missing from Maven Central).
 */
final class OncePerClusterTaskRunner extends ScheduledTaskRunner {

    private final int intervalSeconds;

    OncePerClusterTaskRunner(KeycloakSessionFactory sessionFactory, ScheduledTask task, int intervalSeconds) {
        super(sessionFactory, task);
        this.intervalSeconds = intervalSeconds;
    }

    @Override
    protected void runTask(KeycloakSession session) {
        session.getProvider(ClusterProvider.class).executeIfNotExecuted(task.getTaskName(), intervalSeconds, () -> {
            task.run(session);
            return null;
        });
    }
}
