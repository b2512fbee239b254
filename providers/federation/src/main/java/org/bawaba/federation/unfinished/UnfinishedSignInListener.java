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
 * Follows a person's first sign-in through a provider from Keycloak's events. The broker creating the front-door
 * account ({@code REGISTER}, method {@code broker}) marks it as created; the linking step marks an existing account
 * it links ({@link UnfinishedFirstSignIn#markLinked}). The sign-in reaching the relying party ({@code LOGIN}) clears
 * the mark. The person refusing at the consent page ({@code LOGIN_ERROR rejected_by_user}) undoes what the journey
 * added: the account it created, or the link it made. A failed journey leaves the accounts as they were.
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
                    account(event).ifPresent(UnfinishedFirstSignIn::markCreated);
                }
            }
            case LOGIN -> account(event).filter(account -> concernsThisJourney(account, event))
                    .ifPresent(UnfinishedFirstSignIn::clear);
            case LOGIN_ERROR -> {
                if (Errors.REJECTED_BY_USER.equals(event.getError())) {
                    account(event).filter(account -> concernsThisJourney(account, event)).ifPresent(account -> undo(event, account));
                }
            }
            default -> {
            }
        }
    }

    /** A created account is this journey's; a link is, when the event comes through the provider linked. */
    private static boolean concernsThisJourney(UserModel account, Event event) {
        String linked = UnfinishedFirstSignIn.linkedProvider(account);
        return UnfinishedFirstSignIn.isCreated(account) || linked != null && linked.equals(detail(event, Details.IDENTITY_PROVIDER));
    }

    private void undo(Event event, UserModel account) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        undo(session, realm, account, "refused before reaching " + event.getClientId());
    }

    /** Removes the account the journey created, or the link it made (and the mark). */
    static void undo(KeycloakSession session, RealmModel realm, UserModel account, String why) {
        String linked = UnfinishedFirstSignIn.linkedProvider(account);
        if (UnfinishedFirstSignIn.isCreated(account)) {
            if (new UserManager(session).removeUser(realm, account)) {
                LOG.infof("Removed front-door account %s in realm %s: its first sign-in was %s", account.getId(),
                        realm.getName(), why);
            }
        } else if (linked != null) {
            session.users().removeFederatedIdentity(realm, account, linked);
            UnfinishedFirstSignIn.clear(account);
            LOG.infof("Removed the link to %s from front-door account %s in realm %s: the first sign-in through it was %s",
                    linked, account.getId(), realm.getName(), why);
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
