package org.bawaba.federation.unfinished;

import java.util.List;
import java.util.stream.Stream;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.timer.ScheduledTask;

/**
 * Undoes the first sign-ins that were abandoned: still marked longer than a sign-in can last. A created account that
 * has a session after all (its LOGIN event went unseen) only loses the mark.
 */
final class UnfinishedSignInCleanup implements ScheduledTask {

    static final String TASK_NAME = "bawaba-unfinished-first-sign-ins";

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
        List<UserModel> abandoned = Stream.of(UnfinishedFirstSignIn.CREATED, UnfinishedFirstSignIn.LINKED)
                .flatMap(mark -> session.users().searchForUserByUserAttributeStream(realm, UnfinishedFirstSignIn.MARK, mark))
                .filter(account -> UnfinishedFirstSignIn.markedBefore(account, cutoff))
                .toList();
        for (UserModel account : abandoned) {
            boolean created = UnfinishedFirstSignIn.isCreated(account);
            if (created && session.sessions().getUserSessionsStream(realm, account).findAny().isPresent()) {
                UnfinishedFirstSignIn.clear(account);
            } else {
                UnfinishedSignInListener.undo(session, realm, account, "abandoned");
            }
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
