package org.bawaba.password.temporary;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.PasswordCredentialProvider;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Issues temporary passwords and tells whether a user's current password is one. The password is stored
 * only as Keycloak's hashed password credential; the clear value lives in this call and in the one email.
 */
public final class TemporaryPasswords {

    public static final String EMAIL_TEMPLATE = "bawaba-temporary-password.ftl";
    public static final String EMAIL_SUBJECT = "bawabaTemporaryPasswordSubject";

    private final KeycloakSession session;
    private final TemporaryPasswordGenerator generator;

    public TemporaryPasswords(KeycloakSession session) {
        this(session, new TemporaryPasswordGenerator());
    }

    TemporaryPasswords(KeycloakSession session, TemporaryPasswordGenerator generator) {
        this.session = session;
        this.generator = generator;
    }

    public static TemporaryPasswordSettings settings(RealmModel realm) {
        return TemporaryPasswordSettings.fromRealmAttributes(realm::getAttribute);
    }

    /**
     * Generates a temporary password, stores it (hashed, through the realm's password policy) and emails it
     * to the account's address. With {@code requireChange} the account also gets Keycloak's UPDATE_PASSWORD
     * required action, as Keycloak does for any temporary password. Returns the issue time.
     *
     * @param verifiedEmailOnly refuse unless the account's email address is verified (self-service)
     */
    public Instant issueAndMail(RealmModel realm, UserModel user, boolean requireChange, boolean verifiedEmailOnly)
            throws TemporaryPasswordException {
        if (user.getEmail() == null || user.getEmail().isBlank() || (verifiedEmailOnly && !user.isEmailVerified())) {
            throw new TemporaryPasswordException(TemporaryPasswordException.Reason.NO_EMAIL, "no usable email address", null);
        }
        TemporaryPasswordSettings settings = settings(realm);
        String password = generator.generate(settings.length());
        Instant issuedAt;
        try {
            passwords().createCredential(realm, user, password);
            issuedAt = mark(realm, user, requireChange);
        } catch (ModelException e) {
            throw new TemporaryPasswordException(TemporaryPasswordException.Reason.CREDENTIAL_REFUSED,
                    "password credential refused: " + e.getMessage(), null);
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("temporaryPassword", password);
        attributes.put("login", user.getUsername());
        attributes.put("greetingName", user.getFirstName() == null || user.getFirstName().isBlank()
                ? user.getUsername() : user.getFirstName());
        attributes.put("maxAgeHours", settings.maxAgeHours());
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .send(EMAIL_SUBJECT, List.of(), EMAIL_TEMPLATE, attributes);
        } catch (EmailException e) {
            // The cause may quote the message; keep only its class.
            throw new TemporaryPasswordException(TemporaryPasswordException.Reason.EMAIL_NOT_SENT,
                    "email not sent (" + e.getClass().getSimpleName() + ")", null);
        }
        return issuedAt;
    }

    /**
     * Makes a code the person has just verified (SMS or email) their provisional password, with the same
     * forced change and expiry as a generated one. A short code cannot meet the realm's password policy, so
     * it is hashed with the realm's hash provider and stored without the policy check; the policy applies to
     * the password the person then chooses.
     */
    public Instant setProvisional(RealmModel realm, UserModel user, String verifiedCode) {
        if (verifiedCode == null || verifiedCode.isEmpty()) {
            throw new IllegalArgumentException("no code");
        }
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHashProvider hash = policy.getHashAlgorithm() != null
                ? session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm())
                : session.getProvider(PasswordHashProvider.class);
        PasswordCredentialModel credential = hash.encodedCredential(verifiedCode, policy.getHashIterations());
        credential.setCreatedDate(Time.currentTimeMillis());
        passwords().createCredential(realm, user, credential);
        return mark(realm, user, true);
    }

    /** The issue time of the user's current password when it is a temporary one. */
    public Optional<Instant> issuedAt(RealmModel realm, UserModel user) {
        String mark = user.getFirstAttribute(TemporaryPasswordMark.ISSUED_AT_ATTRIBUTE);
        if (mark == null) {
            return Optional.empty();
        }
        PasswordCredentialModel current = passwords().getPassword(realm, user);
        return TemporaryPasswordMark.issuedAt(mark, current == null ? null : current.getCreatedDate());
    }

    /** Drops a mark left from a temporary password that has since been replaced. */
    public void forgetStaleMark(RealmModel realm, UserModel user) {
        if (user.getFirstAttribute(TemporaryPasswordMark.ISSUED_AT_ATTRIBUTE) != null && issuedAt(realm, user).isEmpty()) {
            user.removeAttribute(TemporaryPasswordMark.ISSUED_AT_ATTRIBUTE);
        }
    }

    public static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }

    private Instant mark(RealmModel realm, UserModel user, boolean requireChange) {
        CredentialModel current = passwords().getPassword(realm, user);
        long createdDate = current.getCreatedDate();
        user.setSingleAttribute(TemporaryPasswordMark.ISSUED_AT_ATTRIBUTE, Long.toString(createdDate));
        if (requireChange) {
            user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
        return Instant.ofEpochMilli(createdDate);
    }

    private PasswordCredentialProvider passwords() {
        return (PasswordCredentialProvider) session.getProvider(CredentialProvider.class, "keycloak-password");
    }
}
