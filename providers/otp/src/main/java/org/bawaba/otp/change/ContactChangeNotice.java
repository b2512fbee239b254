package org.bawaba.otp.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The email that tells a person, at the address their account had, that its email address or mobile number was
 * just changed, and to contact support if it was not them. In the person's language (email theme, template
 * {@value #TEMPLATE}).
 */
final class ContactChangeNotice {

    static final String TEMPLATE = "bawaba-contact-changed.ftl";

    private static final Logger LOG = Logger.getLogger(ContactChangeNotice.class);

    private ContactChangeNotice() {
    }

    /** Whether it left; a failure does not undo the change, it shows in the event. */
    static boolean send(KeycloakSession session, RealmModel realm, UserModel user, String to, ContactChange change,
                        String maskedNewRecipient) {
        // Keycloak adds its own attributes (locale, realm, ...) to the map it is given.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("bawabaChannel", change.channel().id());
        attributes.put("changedTo", maskedNewRecipient);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send(change.noticeSubject(), List.of(), TEMPLATE, attributes, to);
            return true;
        } catch (EmailException e) {
            LOG.warnf("Could not send the contact-change notice in realm %s: %s", realm.getName(),
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
