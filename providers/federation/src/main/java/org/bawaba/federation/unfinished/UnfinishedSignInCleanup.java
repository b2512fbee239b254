package org.bawaba.federation.unfinished;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;
import org.keycloak.timer.ScheduledTask;

/**
 * Removes the front-door accounts whose first sign-in was abandoned: still marked unfinished longer than a sign-in
 * can last. An account that has a session after all (its LOGIN event went unseen) only loses the mark.
 */
final class UnfinishedSignInCleanup implements ScheduledTask {

    static final String TASK_NAME = "bawaba-unfinished-first-sign-ins";

    private static final Logger LOG = Logger.getLogger(UnfinishedSignInCleanup.class);

    private final String listenerId;
    private final int maxAgeSeconds;

    UnfinishedSignInCleanup(String listenerId, int maxAgeSeconds) {
        this.listenerId = listenerId;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    @Override
    public void run(KeycloakSession session) {
        int cutoff = Time.currentTime() - maxAgeSeconds;
        session.realms().getRealmsStream()
                .filter(realm -> realm.getEventsListenersStream().anyMatch(listenerId::equals))
                .forEach(realm -> cleanUp(session, realm, cutoff));
    }

    private static void cleanUp(KeycloakSession session, RealmModel realm, int cutoff) {
        session.getContext().setRealm(realm);
        List<UserModel> abandoned = session.users()
                .searchForUserByUserAttributeStream(realm, UnfinishedFirstSignIn.MARK, "true")
                .filter(account -> UnfinishedFirstSignIn.createdBefore(account, cutoff))
                .toList();
        for (UserModel account : abandoned) {
            if (session.sessions().getUserSessionsStream(realm, account).findAny().isPresent()) {
                UnfinishedFirstSignIn.clear(account);
            } else if (new UserManager(session).removeUser(realm, account)) {
                LOG.infof("Removed front-door account %s in realm %s: its first sign-in was abandoned", account.getId(),
                        realm.getName());
            }
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
