package org.bawaba.knowledge.questions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.PaymentMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The payment mode assumed for identifiers that name nobody, so that a stranger gets questions too, the same ones on
 * every try, and cannot tell from the page that nobody was found. Derived with a secret of the realm's own, made once
 * and kept (realm attribute {@value #SECRET_ATTRIBUTE}): not the realm's signing keys, whose rotation would change
 * the questions of nobody while a real person's stay the same, and so tell them apart.
 */
final class DecoyQuestions {

    static final String SECRET_ATTRIBUTE = "bawaba.kbq.decoySecret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DecoyQuestions() {
    }

    static PaymentMode paymentModeFor(KeycloakSession session, RealmModel realm, Identification identification) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(session, realm), "HmacSHA256"));
            byte[] digest = mac.doFinal(("bawaba-kbq-decoy|" + identification.serialize()).getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 1) == 0 ? PaymentMode.BANK_TRANSFER : PaymentMode.POSTAL_ORDER;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The realm's decoy secret, made on first use in a transaction of its own. Two nodes making it at once: one write
     * wins, and both then read that one.
     */
    private static byte[] secret(KeycloakSession session, RealmModel realm) {
        String stored = realm.getAttribute(SECRET_ATTRIBUTE);
        if (stored == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            String encoded = Base64.getEncoder().encodeToString(fresh);
            String realmId = realm.getId();
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
                    RealmModel same = own.realms().getRealm(realmId);
                    if (same.getAttribute(SECRET_ATTRIBUTE) == null) {
                        same.setAttribute(SECRET_ATTRIBUTE, encoded);
                    }
                });
            } catch (RuntimeException anotherNodeWroteFirst) {
                // read below
            }
            stored = KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(),
                    own -> own.realms().getRealm(realmId).getAttribute(SECRET_ATTRIBUTE));
        }
        return Base64.getDecoder().decode(stored);
    }
}
