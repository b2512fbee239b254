package org.bawaba.knowledge.captcha;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeyManager;
import org.keycloak.models.RealmModel;

/**
 * The HMAC keys a realm's captcha challenges are signed with: the first signs new challenges, each one verifies.
 *
 * <p>They are derived, never stored: HKDF-SHA-256 of each enabled HS512 key of the realm (Keycloak's
 * {@code hmac-generated} key provider, the one that signs its action tokens), labelled {@value #LABEL} and the realm id.
 * Rather than a secret of our own generated on first use and kept as a realm attribute, because:
 * <ul>
 * <li>nothing is created on the login path, so there is no race between nodes: two nodes that both found no key would
 * each write one and sign with it until the last write won, and challenges from the loser would fail. The realm key
 * is created once with the realm, in Keycloak's key store, and is the same on every node;</li>
 * <li>a realm attribute is shown to every realm administrator and written in clear into realm exports;</li>
 * <li>it rotates with the realm's keys: a new HS512 key gives a new captcha key, and a challenge signed with the
 * previous one (now passive) is still accepted until it expires;</li>
 * <li>HKDF with a label of its own makes the derived key independent of the realm key: the signatures that pages
 * show say nothing about the key that signs Keycloak's tokens, and nothing signed with one verifies with the
 * other.</li>
 * </ul>
 */
public record CaptchaKeys(List<String> keys) {

    static final String LABEL = "bawaba-captcha-hmac-v1";

    public CaptchaKeys {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("a captcha needs at least one key");
        }
        keys = List.copyOf(keys);
    }

    /** The key new challenges are signed with. */
    public String signing() {
        return keys.get(0);
    }

    /** Never the keys themselves: a record would print them wherever it is logged. */
    @Override
    public String toString() {
        return "CaptchaKeys[" + keys.size() + " key" + (keys.size() == 1 ? "" : "s") + "]";
    }

    /** The realm's active HS512 key's derivative first, then those of its other enabled HS512 keys. */
    public static CaptchaKeys derivedFrom(KeyManager keyManager, RealmModel realm) {
        KeyWrapper active = keyManager.getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        List<String> keys = new ArrayList<>();
        keys.add(derive(active, realm.getId()));
        keyManager.getKeysStream(realm, KeyUse.SIG, Algorithm.HS512)
                .filter(key -> key.getStatus() != null && key.getStatus().isEnabled() && key.getSecretKey() != null)
                .filter(key -> !Objects.equals(key.getKid(), active.getKid()))
                .map(key -> derive(key, realm.getId()))
                .forEach(keys::add);
        return new CaptchaKeys(keys);
    }

    /** Hex, because the ALTCHA library takes its key as a string (and HMACs with its UTF-8 bytes). */
    static String derive(byte[] realmSecret, String realmId) {
        byte[] info = (LABEL + ":" + realmId).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(Hkdf.sha256(null, realmSecret, info, 32));
    }

    private static String derive(KeyWrapper key, String realmId) {
        byte[] secret = key.getSecretKey() == null ? null : key.getSecretKey().getEncoded();
        if (secret == null || secret.length == 0) {
            throw new IllegalStateException("realm HS512 key " + key.getKid() + " has no readable secret");
        }
        return derive(secret, realmId);
    }
}
