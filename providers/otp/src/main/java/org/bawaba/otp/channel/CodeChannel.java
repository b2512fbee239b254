package org.bawaba.otp.channel;

import java.util.Optional;

import org.bawaba.otp.code.CodePolicy;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A way to deliver a code to a person: an email address or a mobile number. */
public interface CodeChannel {

    /** "email" or "sms": used in events, auth-note scopes and message keys. */
    String id();

    /** The address or number as typed, in canonical form, or empty when it is not valid. */
    Optional<String> normalize(String typed, CodePolicy policy);

    /** The recipient as shown on pages: recognisable by its owner, not fully readable by others. */
    String masked(String recipient);

    /** The address or number the account holds, verified or not, or null. */
    String currentRecipient(UserModel user);

    /** The verified address or number the account already has, or null. */
    String verifiedRecipient(UserModel user);

    /** Records a recipient the person just proved they control. */
    void storeVerified(UserModel user, String recipient);

    /** Another account already holds this recipient and the realm forbids sharing it. */
    boolean heldByAnotherAccount(KeycloakSession session, RealmModel realm, UserModel user, String recipient);

    Delivery deliver(KeycloakSession session, RealmModel realm, UserModel user, String recipient, String code,
                     CodePolicy policy);

    /** Whether the code left; if not, a machine-readable reason for events (never the code). */
    record Delivery(boolean sent, String failure) {

        public static Delivery ok() {
            return new Delivery(true, null);
        }

        public static Delivery failed(String failure) {
            return new Delivery(false, failure);
        }
    }
}
