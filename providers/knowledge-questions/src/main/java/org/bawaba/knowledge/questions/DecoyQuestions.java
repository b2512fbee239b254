package org.bawaba.knowledge.questions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.PaymentMode;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The payment mode assumed for identifiers that name nobody, so that a stranger gets questions too, the same ones on
 * every try, and cannot tell from the page that nobody was found. Derived with the realm's own HMAC key: stable for
 * the same identifiers, not predictable without the key.
 */
final class DecoyQuestions {

    private DecoyQuestions() {
    }

    static PaymentMode paymentModeFor(KeycloakSession session, RealmModel realm, Identification identification) {
        SecretKey key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512).getSecretKey();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("bawaba-kbq-decoy|" + identification.serialize()).getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 1) == 0 ? PaymentMode.BANK_TRANSFER : PaymentMode.POSTAL_ORDER;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
