package org.bawaba.knowledge.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyStatus;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeyManager;
import org.keycloak.models.RealmModel;

class CaptchaKeysTest {

    private static final HexFormat HEX = HexFormat.of();

    /** RFC 5869, appendix A, test cases 1 and 3 (HKDF-SHA-256; case 3 without salt or info). */
    @Test
    void hkdfGivesTheRfcsOutputs() {
        byte[] ikm = HEX.parseHex("0b".repeat(22));
        assertThat(HEX.formatHex(Hkdf.sha256(HEX.parseHex("000102030405060708090a0b0c"), ikm,
                HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        assertThat(HEX.formatHex(Hkdf.sha256(null, ikm, new byte[0], 42)))
                .isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    @Test
    void theActiveRealmKeySignsAndTheOtherEnabledOnesVerify() {
        KeyWrapper active = hmacKey("new", KeyStatus.ACTIVE, 1);
        KeyWrapper passive = hmacKey("old", KeyStatus.PASSIVE, 2);
        KeyWrapper disabled = hmacKey("dead", KeyStatus.DISABLED, 3);

        CaptchaKeys keys = CaptchaKeys.derivedFrom(keyManager(active, passive, disabled), realm("realm-a"));

        assertThat(keys.keys()).containsExactly(CaptchaKeys.derive(secret(1), "realm-a"), CaptchaKeys.derive(secret(2), "realm-a"));
        assertThat(keys.signing()).matches("[0-9a-f]{64}");
        assertThat(keys.toString()).as("no key in logs").doesNotContain(keys.signing());
    }

    @Test
    void theDerivedKeyIsNeitherTheRealmKeyNorAnotherRealmsOne() {
        String derived = CaptchaKeys.derive(secret(1), "realm-a");

        assertThat(derived).isNotEqualTo(HEX.formatHex(secret(1)));
        assertThat(derived).isNotEqualTo(CaptchaKeys.derive(secret(1), "realm-b"));
        assertThat(derived).as("the same on every node").isEqualTo(CaptchaKeys.derive(secret(1), "realm-a"));
    }

    private static byte[] secret(int seed) {
        byte[] secret = new byte[64];
        Arrays.fill(secret, (byte) seed);
        return secret;
    }

    private static KeyWrapper hmacKey(String kid, KeyStatus status, int seed) {
        KeyWrapper key = new KeyWrapper();
        key.setKid(kid);
        key.setStatus(status);
        key.setUse(KeyUse.SIG);
        key.setAlgorithm(Algorithm.HS512);
        key.setSecretKey(new SecretKeySpec(secret(seed), "HmacSHA512"));
        return key;
    }

    /** Keycloak's key manager, of which the keys only use getActiveKey and getKeysStream(realm, use, algorithm). */
    private static KeyManager keyManager(KeyWrapper active, KeyWrapper... all) {
        return (KeyManager) Proxy.newProxyInstance(KeyManager.class.getClassLoader(), new Class<?>[] {KeyManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getActiveKey" -> args[2].equals(Algorithm.HS512) ? active : null;
                    case "getKeysStream" -> Stream.concat(Stream.of(active), Stream.of(all))
                            .filter(key -> key.getAlgorithm().equals(args[2]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RealmModel realm(String id) {
        return (RealmModel) Proxy.newProxyInstance(RealmModel.class.getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getId")) {
                        return id;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
