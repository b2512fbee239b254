package org.bawaba.password.form;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Tells a real lock-out of an account from Keycloak's brute-force detector being busy with another sign-in of it.
 *
 * <p>Keycloak's default detector checks one sign-in of an account at a time on each node, and reports any other
 * sign-in of that account started meanwhile as "temporarily disabled", with the same message as a wrong password. A
 * person with two tabs open, or a phone and a computer, would then be told their password is wrong although it is
 * not. Here a sign-in that finds the account busy but not locked out waits for its turn, a bounded time; a lock-out
 * recorded by the detector (too many failures) is still refused at once.
 */
final class ConcurrentSignIns {

    /** Event error of a sign-in that waited for another sign-in of the same account longer than allowed. */
    static final String IN_PROGRESS_ERROR = "sign_in_in_progress";
    static final String IN_PROGRESS_MESSAGE = "bawabaSignInInProgress";
    static final long POLL_MILLIS = 25;

    enum Turn {
        /** This sign-in may be checked; the detector now counts it as the one in progress. */
        OURS,
        /** The account is locked out by its recorded failures. */
        LOCKED_OUT,
        /** Another sign-in of the account was still being checked when the wait ran out. */
        STILL_BUSY
    }

    /** What the brute-force detector says of one account. */
    interface Detector {
        /** Keycloak's verdict: an event error, or {@code null} when this sign-in may go on (it is then enlisted). */
        String verdict();

        /** Whether the recorded failures lock the account out, whatever other sign-ins are in progress. */
        boolean lockedOut();
    }

    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private ConcurrentSignIns() {
    }

    static Turn awaitTurn(AuthenticationFlowContext context, UserModel user, Duration wait) {
        return awaitTurn(detector(context, user), wait, TimeUnit.MILLISECONDS::sleep, System::nanoTime);
    }

    static Turn awaitTurn(Detector detector, Duration wait, Sleeper sleeper, LongSupplier nanoTime) {
        long deadline = nanoTime.getAsLong() + wait.toNanos();
        while (true) {
            if (detector.verdict() == null) {
                return Turn.OURS;
            }
            if (detector.lockedOut()) {
                return Turn.LOCKED_OUT;
            }
            long left = deadline - nanoTime.getAsLong();
            if (left <= 0) {
                return Turn.STILL_BUSY;
            }
            try {
                sleeper.sleep(Math.min(POLL_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Turn.STILL_BUSY;
            }
        }
    }

    static Detector detector(AuthenticationFlowContext context, UserModel user) {
        return new Detector() {
            @Override
            public String verdict() {
                return AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
            }

            @Override
            public boolean lockedOut() {
                return lockedOutByFailures(context.getSession(), context.getRealm(), user);
            }
        };
    }

    /** The lock-outs Keycloak's detector records: a permanent one on the user, a temporary one in the failure store. */
    static boolean lockedOutByFailures(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!user.isEnabled()
                && BruteForceProtector.DISABLED_BY_PERMANENT_LOCKOUT.equals(user.getFirstAttribute(UserModel.DISABLED_REASON))) {
            return true;
        }
        UserLoginFailureModel failures = session.loginFailures().getUserLoginFailure(realm, user.getId());
        if (failures == null) {
            return false;
        }
        if (Time.currentTime() < failures.getFailedLoginNotBefore()) {
            return true;
        }
        return realm.isPermanentLockout() && failures.getNumTemporaryLockouts() > realm.getMaxTemporaryLockouts();
    }
}
