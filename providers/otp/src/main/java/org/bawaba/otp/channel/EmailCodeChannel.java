package org.bawaba.otp.channel;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bawaba.authenticator.Masking;
import org.bawaba.otp.code.CodePolicy;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Codes by email, through Keycloak's own email sender and the realm's email theme. */
public final class EmailCodeChannel implements CodeChannel {

    public static final EmailCodeChannel INSTANCE = new EmailCodeChannel();

    static final String TEMPLATE = "bawaba-code.ftl";
    static final String SUBJECT = "bawabaCodeEmailSubject";

    private static final Logger LOG = Logger.getLogger(EmailCodeChannel.class);
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailCodeChannel() {
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public Optional<String> normalize(String typed, CodePolicy policy) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.trim().toLowerCase(Locale.ROOT);
        return address.length() <= 254 && ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }

    @Override
    public String masked(String recipient) {
        return Masking.emailAddress(recipient);
    }

    @Override
    public String currentRecipient(UserModel user) {
        return user.getEmail();
    }

    @Override
    public String verifiedRecipient(UserModel user) {
        return user.isEmailVerified() && user.getEmail() != null ? user.getEmail() : null;
    }

    @Override
    public void storeVerified(UserModel user, String recipient) {
        user.setEmail(recipient);
        user.setEmailVerified(true);
        user.removeRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
    }

    @Override
    public boolean heldByAnotherAccount(KeycloakSession session, RealmModel realm, UserModel user, String recipient) {
        if (realm.isDuplicateEmailsAllowed()) {
            return false;
        }
        UserModel holder = session.users().getUserByEmail(realm, recipient);
        return holder != null && (user == null || !holder.getId().equals(user.getId()));
    }

    @Override
    public Delivery deliver(KeycloakSession session, RealmModel realm, UserModel user, String recipient, String code,
                            CodePolicy policy) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("code", code);
        attributes.put("validityMinutes", Math.max(1, policy.validitySeconds() / 60));
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user != null ? user : addressee(session, realm, recipient))
                    .send(SUBJECT, List.of(), TEMPLATE, attributes, recipient);
            return Delivery.ok();
        } catch (EmailException e) {
            LOG.warnf("Could not send a code email in realm %s: %s", realm.getName(), e.getClass().getSimpleName());
            return Delivery.failed("email_unavailable");
        }
    }

    /**
     * Before an account exists (account creation), Keycloak's email templates still want a user: a transient one,
     * never stored, holding only the address. The mail's language is then the login's.
     */
    private static UserModel addressee(KeycloakSession session, RealmModel realm, String recipient) {
        LightweightUserAdapter addressee = new LightweightUserAdapter(session, realm, KeycloakModelUtils.generateId());
        addressee.setEmail(recipient);
        return addressee;
    }
}
