package org.bawaba.knowledge.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.bawaba.knowledge.captcha.Captcha.Verdict;
import org.bawaba.testsupport.AltchaSolver;
import org.bawaba.testsupport.InMemorySingleUseObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.util.JsonSerialization;

class CaptchaTest {

    /** Low, so that solving takes no time. */
    private static final CaptchaSettings SETTINGS = new CaptchaSettings(true, 50, 600);
    private static final CaptchaKeys KEYS = new CaptchaKeys(List.of("realm-a-key"));

    private final InMemorySingleUseObjects store = new InMemorySingleUseObjects();
    private final Captcha captcha = new Captcha(SETTINGS, KEYS, store);

    @AfterEach
    void resetKeycloaksClock() {
        Time.setOffset(0);
    }

    @Test
    void aSolvedChallengeIsAccepted() {
        String challenge = captcha.challenge();

        assertThat(captcha.verify(AltchaSolver.solve(challenge))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void theChallengeIsWhatTheWidgetTakesAndExpiresByKeycloaksClock() throws Exception {
        Time.setOffset(3600);
        Map<String, Object> challenge = read(captcha.challenge());

        assertThat(challenge.keySet()).containsExactly("algorithm", "challenge", "maxnumber", "salt", "signature");
        assertThat(challenge.get("algorithm")).isEqualTo("SHA-256");
        assertThat(challenge.get("maxnumber")).isEqualTo(50);
        // The library ends the salt with '&', so that salt + number cannot be read as another salt + number.
        assertThat((String) challenge.get("salt")).matches("[0-9a-f]{24}\\?expires=\\d+&");
        long expires = Long.parseLong(((String) challenge.get("salt")).replaceAll("^.*expires=|&$", ""));
        assertThat(expires).isBetween(Time.currentTime() + 599L, Time.currentTime() + 600L);
        assertThat(captcha.challenge()).as("a new one each time").isNotEqualTo(captcha.challenge());
    }

    @Test
    void nothingPostedIsMissing() {
        assertThat(captcha.verify((String) null)).isEqualTo(Verdict.MISSING);
        assertThat(captcha.verify(" ")).isEqualTo(Verdict.MISSING);
        assertThat(captcha.verify(new MultivaluedHashMap<>())).isEqualTo(Verdict.MISSING);
        assertThat(Verdict.MISSING.messageKey()).isEqualTo("bawabaCaptchaMissing");
    }

    @Test
    void theFormFieldIsTheWidgetsName() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("altcha", AltchaSolver.solve(captcha.challenge()));

        assertThat(captcha.verify(form)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aTamperedSignatureIsInvalid() throws Exception {
        String challenge = captcha.challenge();
        Map<String, Object> payload = decode(AltchaSolver.solve(challenge));
        String signature = (String) payload.get("signature");
        payload.put("signature", (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1));

        assertThat(captcha.verify(encode(payload))).isEqualTo(Verdict.INVALID);
        assertThat(Verdict.INVALID.messageKey()).isEqualTo("bawabaCaptchaInvalid");
    }

    @Test
    void aLaterExpiryWrittenIntoTheSaltIsInvalid() throws Exception {
        Map<String, Object> payload = decode(AltchaSolver.solve(captcha.challenge()));
        payload.put("salt", ((String) payload.get("salt")).replaceFirst("expires=\\d+", "expires=9999999999"));

        assertThat(captcha.verify(encode(payload))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aWrongNumberIsInvalid() {
        String challenge = captcha.challenge();
        long number = AltchaSolver.number(challenge);

        assertThat(captcha.verify(AltchaSolver.payload(challenge, number + 1, 5))).isEqualTo(Verdict.INVALID);
        assertThat(store.entries).as("a refused solution is not remembered").isEmpty();
    }

    @Test
    void anotherRealmsChallengeIsInvalid() {
        Captcha otherRealm = new Captcha(SETTINGS, new CaptchaKeys(List.of("realm-b-key")), store);

        assertThat(captcha.verify(AltchaSolver.solve(otherRealm.challenge()))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void whatIsNotASolutionIsInvalid() {
        assertThat(captcha.verify("not base64!")).isEqualTo(Verdict.INVALID);
        assertThat(captcha.verify(encodeText("not json"))).isEqualTo(Verdict.INVALID);
        assertThat(captcha.verify(encodeText("[1, 2]"))).isEqualTo(Verdict.INVALID);
        assertThat(captcha.verify(encodeText("{\"algorithm\":\"SHA-256\"}"))).isEqualTo(Verdict.INVALID);
        assertThat(captcha.verify("QUJD".repeat(1000))).as("too long to be one").isEqualTo(Verdict.INVALID);
    }

    @Test
    void anotherAlgorithmOrANumberThatIsNotOneIsInvalid() throws Exception {
        String solved = AltchaSolver.solve(captcha.challenge());
        Map<String, Object> payload = decode(solved);
        payload.put("algorithm", "SHA-1");
        assertThat(captcha.verify(encode(payload))).isEqualTo(Verdict.INVALID);

        payload = decode(solved);
        payload.put("number", String.valueOf(payload.get("number")));
        assertThat(captcha.verify(encode(payload))).isEqualTo(Verdict.INVALID);

        payload = decode(solved);
        payload.put("number", -1);
        assertThat(captcha.verify(encode(payload))).isEqualTo(Verdict.INVALID);

        assertThat(captcha.verify(solved)).as("the untouched one").isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aSolutionPostedAfterTheExpiryByKeycloaksClockIsExpired() {
        String solved = AltchaSolver.solve(captcha.challenge());

        Time.setOffset(601);
        assertThat(captcha.verify(solved)).isEqualTo(Verdict.EXPIRED);
        assertThat(Verdict.EXPIRED.messageKey()).isEqualTo("bawabaCaptchaExpired");

        Time.setOffset(599);
        assertThat(captcha.verify(solved)).as("still within the 600 s").isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aSolutionIsAcceptedOnceAndRememberedUntilItsChallengeExpires() {
        String solved = AltchaSolver.solve(captcha.challenge());

        assertThat(captcha.verify(solved)).isEqualTo(Verdict.ACCEPTED);
        assertThat(captcha.verify(solved)).isEqualTo(Verdict.REPLAYED);
        assertThat(new Captcha(SETTINGS, KEYS, store).verify(solved)).as("on another node, same store")
                .isEqualTo(Verdict.REPLAYED);
        assertThat(Verdict.REPLAYED.messageKey()).as("tick the box again").isEqualTo("bawabaCaptchaExpired");

        assertThat(store.lifespans).hasSize(1);
        String key = store.lifespans.keySet().iterator().next();
        assertThat(key).startsWith("bawaba-captcha:");
        assertThat(store.lifespans.get(key)).isBetween(600L + Captcha.REPLAY_MARGIN_SECONDS - 1,
                600L + Captcha.REPLAY_MARGIN_SECONDS);
    }

    @Test
    void aChallengeSignedBeforeAKeyRotationIsStillAccepted() {
        String solved = AltchaSolver.solve(captcha.challenge());
        Captcha rotated = new Captcha(SETTINGS, new CaptchaKeys(List.of("new-key", "realm-a-key")), store);

        assertThat(rotated.verify(solved)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aDisabledCheckShowsNothingAndAcceptsAnything() {
        Captcha off = new Captcha(new CaptchaSettings(false, 50, 600), null, store);

        assertThat(off.enabled()).isFalse();
        assertThat(off.challenge()).isNull();
        assertThat(off.verify((String) null)).isEqualTo(Verdict.ACCEPTED);
        assertThat(off.verify("anything")).isEqualTo(Verdict.ACCEPTED);
        assertThat(store.entries).isEmpty();
    }

    private static Map<String, Object> decode(String payload) throws Exception {
        return read(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) throws Exception {
        return JsonSerialization.readValue(json, Map.class);
    }

    private static String encode(Map<String, Object> payload) throws Exception {
        return Base64.getEncoder().encodeToString(JsonSerialization.writeValueAsBytes(payload));
    }

    private static String encodeText(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
