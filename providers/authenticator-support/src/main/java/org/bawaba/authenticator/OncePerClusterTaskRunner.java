package org.bawaba.authenticator;

import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.scheduled.ScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;

/**
 * Runs a scheduled task on one node of the cluster per interval, as Keycloak's own ClusterAwareScheduledTaskRunner
 * does (that class lives in an artifact whose 26.7.3 parent pom is missing from Maven Central). Schedule it with
 * {@link org.keycloak.timer.TimerProvider#schedule}; {@code intervalSeconds} is how long the other nodes skip the task
 * once a node has run it.
 */
public final class OncePerClusterTaskRunner extends ScheduledTaskRunner {

    private final int intervalSeconds;

    public OncePerClusterTaskRunner(KeycloakSessionFactory sessionFactory, ScheduledTask task, int intervalSeconds) {
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
