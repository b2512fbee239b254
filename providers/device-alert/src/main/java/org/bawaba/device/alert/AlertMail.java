package org.bawaba.device.alert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bawaba.authenticator.BrowserDevice;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * The "new sign-in to your account" email, through Keycloak's email templates (theme {@code bawaba},
 * {@code bawaba-unusual-sign-in.ftl}), in the account's language: when (Morocco's time), to which service, through
 * which identity provider, from which browser and system, and the "this was not me" link.
 */
final class AlertMail {

    static final String TEMPLATE = "bawaba-unusual-sign-in.ftl";
    static final String SUBJECT = "bawabaUnusualSignInSubject";

    private AlertMail() {
    }

    /** Sends it to the account's address; false when the account has gone or has no verified address. */
    static boolean send(KeycloakSession session, RealmModel realm, UnusualSignIn signIn, int linkValidityDays)
            throws EmailException {
        UserModel user = session.users().getUserById(realm, signIn.userId());
        if (user == null || !hasVerifiedEmail(user)) {
            return false;
        }
        Locale locale = session.getContext().resolveLocale(user, true);
        SignInNames names = SignInNames.in(session, realm, locale);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("signInTime", SignInNames.when(signIn.timeMillis(), locale));
        ClientModel client = signIn.clientId() == null ? null : realm.getClientByClientId(signIn.clientId());
        attributes.put("serviceName", client == null ? null : names.service(client));
        IdentityProviderModel provider = signIn.identityProvider() == null ? null
                : session.identityProviders().getByAlias(signIn.identityProvider());
        attributes.put("providerName", provider == null ? null : names.provider(provider));
        signIn.device().browser().ifPresent(browser -> attributes.put("browserName", browser));
        signIn.device().system().ifPresent(system -> attributes.put("systemName", system));
        attributes.put("notMeLink", signIn.notMeLink());
        attributes.put("linkValidityDays", linkValidityDays);
        if (signIn.spaceLink() != null) {
            attributes.put("spaceLink", signIn.spaceLink());
        }
        attributes.put(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        session.getProvider(EmailTemplateProvider.class)
                .setRealm(realm)
                .setUser(withoutDevices(user))
                .send(SUBJECT, List.of(), TEMPLATE, attributes);
        return true;
    }

    /**
     * The account as the template sees it, without its browser fingerprints: they are several values of one attribute,
     * which Keycloak's template bean would otherwise report in the log with the account's username at every mail.
     */
    private static UserModel withoutDevices(UserModel user) {
        return new UserModelDelegate(user) {
            @Override
            public Map<String, List<String>> getAttributes() {
                Map<String, List<String>> attributes = new HashMap<>(super.getAttributes());
                attributes.remove(BrowserDevice.KNOWN_DEVICES);
                return attributes;
            }
        };
    }

    static boolean hasVerifiedEmail(UserModel user) {
        return user.getEmail() != null && !user.getEmail().isBlank() && user.isEmailVerified();
    }
}
