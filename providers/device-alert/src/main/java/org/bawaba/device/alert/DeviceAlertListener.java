package org.bawaba.device.alert;

import java.util.ArrayList;
import java.util.List;

import org.bawaba.authenticator.BrowserDevice;
import org.bawaba.device.notme.NotMeLinks;
import org.bawaba.device.notme.NotMeResourceProviderFactory;
import org.jboss.logging.Logger;
import org.bawaba.space.PersonSpaceLinks;
import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.Urls;

/**
 * On each successful sign-in ({@code LOGIN}), in the sign-in's own request: reads the browser's identifier (giving the
 * browser one with the response when it has none), remembers its fingerprint in the account, and when the account
 * has signed in from other browsers but never this one, emails the person once the sign-in is committed. Nothing here
 * can fail a sign-in, and nothing personal is logged.
 */
final class DeviceAlertListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(DeviceAlertListener.class);

    private final KeycloakSession session;
    private final DeviceAlertSettings settings;
    private final List<UnusualSignIn> toTell = new ArrayList<>();
    private boolean enlisted;

    DeviceAlertListener(KeycloakSession session, DeviceAlertSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.LOGIN || event.getUserId() == null) {
            return;
        }
        try {
            if (session.getContext().getHttpResponse() == null || session.getContext().getRequestHeaders() == null) {
                return;
            }
            RealmModel realm = session.realms().getRealm(event.getRealmId());
            UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
            if (user == null) {
                return;
            }
            String fingerprint = BrowserDevice.fingerprint(BrowserDevice.currentOrNew(session, realm));
            KnownDevices devices = KnownDevices.afterSignIn(user.getAttributeStream(BrowserDevice.KNOWN_DEVICES).toList(),
                    user.getFirstAttribute(KnownDevices.ORDER_ATTRIBUTE), fingerprint, settings.maxDevices());
            if (devices.changed()) {
                user.setAttribute(BrowserDevice.KNOWN_DEVICES, devices.devices());
                user.setSingleAttribute(KnownDevices.ORDER_ATTRIBUTE, devices.order());
            }
            if (devices.unusual()) {
                LOG.debugf("Sign-in from a browser new to the account, realm %s: alert %s", realm.getName(),
                        AlertMail.hasVerifiedEmail(user) ? "to send" : "not sent (no verified email address)");
                if (AlertMail.hasVerifiedEmail(user)) {
                    tellAfterCommit(unusualSignIn(event, realm, user, fingerprint));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Unusual-sign-in check skipped (%s)", e.getClass().getSimpleName());
        }
    }

    private UnusualSignIn unusualSignIn(Event event, RealmModel realm, UserModel user, String fingerprint) {
        String provider = identityProvider(event, realm);
        NotMeLinks.SignInReported reported = new NotMeLinks.SignInReported(event.getTime(), event.getClientId(),
                provider, fingerprint);
        String issuer = Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
        String token = new NotMeLinks(session.tokens(), session.singleUseObjects())
                .issue(issuer, user.getId(), reported, settings.linkValidity());
        String language = session.getContext().resolveLocale(user, true).getLanguage();
        String link = NotMeResourceProviderFactory.link(session.getContext().getUri().getBaseUri(), realm, token, language);
        String space = PersonSpaceLinks.sessions(session.getContext().getUri().getBaseUri(), realm, language)
                .map(Object::toString).orElse(null);
        return new UnusualSignIn(realm.getId(), user.getId(), event.getTime(), event.getClientId(), provider,
                DeviceWording.of(session.getProvider(DeviceRepresentationProvider.class).deviceRepresentation()), link,
                space);
    }

    /** The provider the person came through: the event's, or, for a reused session, the session's. */
    private String identityProvider(Event event, RealmModel realm) {
        String provider = event.getDetails() == null ? null : event.getDetails().get(Details.IDENTITY_PROVIDER);
        if (provider == null && event.getSessionId() != null) {
            UserSessionModel userSession = session.sessions().getUserSession(realm, event.getSessionId());
            provider = userSession == null ? null : userSession.getNote(Details.IDENTITY_PROVIDER);
        }
        return provider;
    }

    /** The mail leaves only if the sign-in is committed, in a session of its own (the sign-in's has ended). */
    private void tellAfterCommit(UnusualSignIn signIn) {
        toTell.add(signIn);
        if (enlisted) {
            return;
        }
        enlisted = true;
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                toTell.forEach(DeviceAlertListener.this::send);
            }

            @Override
            protected void rollbackImpl() {
                toTell.clear();
            }
        });
    }

    private void send(UnusualSignIn signIn) {
        HttpRequest request = session.getContext().getHttpRequest();
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), session.getContext(), mailSession -> {
                RealmModel realm = mailSession.realms().getRealm(signIn.realmId());
                mailSession.getContext().setRealm(realm);
                mailSession.getContext().setHttpRequest(request);
                try {
                    AlertMail.send(mailSession, realm, signIn, (int) settings.linkValidity().toDays());
                } catch (EmailException e) {
                    // The cause may quote the address; keep only its class.
                    LOG.warnf("Unusual-sign-in email not sent (%s)", e.getClass().getSimpleName());
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Unusual-sign-in email not sent (%s)", e.getClass().getSimpleName());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
