package org.bawaba.federation.unfinished;

import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;

/**
 * Follows a person's first sign-in through a provider from Keycloak's events: the broker creating the front-door
 * account ({@code REGISTER}, method {@code broker}) marks it as unfinished; the sign-in reaching the relying party
 * ({@code LOGIN}) clears the mark; the person refusing at the consent page ({@code LOGIN_ERROR rejected_by_user})
 * removes the account it created, so that a failed journey leaves no account behind.
 */
public class UnfinishedSignInListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(UnfinishedSignInListener.class);

    private final KeycloakSession session;

    UnfinishedSignInListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() == null || event.getUserId() == null) {
            return;
        }
        switch (event.getType()) {
            case REGISTER -> {
                if ("broker".equals(detail(event, Details.REGISTER_METHOD))) {
                    account(event).ifPresent(UnfinishedFirstSignIn::mark);
                }
            }
            case LOGIN -> account(event).filter(UnfinishedFirstSignIn::isMarked).ifPresent(UnfinishedFirstSignIn::clear);
            case LOGIN_ERROR -> {
                if (Errors.REJECTED_BY_USER.equals(event.getError())) {
                    account(event).filter(UnfinishedFirstSignIn::isMarked).ifPresent(account -> remove(event, account));
                }
            }
            default -> {
            }
        }
    }

    private void remove(Event event, UserModel account) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (new UserManager(session).removeUser(realm, account)) {
            LOG.infof("Removed front-door account %s in realm %s: its first sign-in was refused before reaching %s",
                    account.getId(), realm.getName(), event.getClientId());
        }
    }

    private Optional<UserModel> account(Event event) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        return realm == null ? Optional.empty() : Optional.ofNullable(session.users().getUserById(realm, event.getUserId()));
    }

    private static String detail(Event event, String name) {
        return event.getDetails() == null ? null : event.getDetails().get(name);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
