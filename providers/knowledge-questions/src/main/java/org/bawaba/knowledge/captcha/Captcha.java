package org.bawaba.knowledge.captcha;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.altcha.altcha.Altcha;
import org.altcha.altcha.Altcha.Algorithm;
import org.altcha.altcha.Altcha.Challenge;
import org.altcha.altcha.Altcha.ChallengeOptions;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A self-hosted proof-of-work check (ALTCHA): the page embeds a signed challenge, the person ticks "I am not a robot",
 * their browser finds the secret number behind it, and the form posts the solution in the field {@value #FIELD}.
 * Stateless until solved: a challenge carries its own expiry (in its salt, covered by its hash) and signature; a
 * solved one is accepted once across the cluster (Keycloak's single-use object store).
 *
 * <p>For an authenticator: {@code Captcha captcha = Captcha.of(context)}; on the page,
 * {@code captcha.show(form)} and {@code <@captcha.widget challenge=bawabaCaptcha!""/>}; on the post,
 * {@code captcha.verify(formParameters)}, and on a refusal the page again with {@code verdict.messageKey()}.
 */
public final class Captcha {

    private static final Logger LOG = Logger.getLogger(Captcha.class);

    /** The form field the widget posts its solution in (its {@code name} attribute). */
    public static final String FIELD = "altcha";

    /** Keys in the single-use object store, one per solved challenge. */
    static final String REPLAY_PREFIX = "bawaba-captcha:";
    /** Added to what is left of a challenge's life when it is remembered as used: the nodes' clocks differ a little. */
    static final int REPLAY_MARGIN_SECONDS = 60;

    private static final Algorithm ALGORITHM = Algorithm.SHA256;
    /** A solution the widget posts is about 300 characters; anything much longer is not one. */
    private static final int MAX_PAYLOAD_LENGTH = 2048;

    /** What became of a posted solution. */
    public enum Verdict {
        ACCEPTED(null),
        /** Nothing posted: the box was not ticked, or the page was posted without JavaScript. */
        MISSING("bawabaCaptchaMissing"),
        /** Not a solution to a challenge of ours: forged, altered, or for another realm. */
        INVALID("bawabaCaptchaInvalid"),
        /** A real solution, posted after its challenge's expiry. */
        EXPIRED("bawabaCaptchaExpired"),
        /** A real solution already accepted once; the person is told, as for an expired one, to tick again. */
        REPLAYED("bawabaCaptchaExpired");

        private final String messageKey;

        Verdict(String messageKey) {
            this.messageKey = messageKey;
        }

        public boolean accepted() {
            return this == ACCEPTED;
        }

        /** The message for the page shown again after a refusal; null for {@link #ACCEPTED}. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final CaptchaSettings settings;
    private final CaptchaKeys keys;
    private final SingleUseObjectProvider usedChallenges;

    /** @param keys may be null when the settings turn the check off */
    public Captcha(CaptchaSettings settings, CaptchaKeys keys, SingleUseObjectProvider usedChallenges) {
        if (settings.enabled() && keys == null) {
            throw new IllegalArgumentException("an enabled captcha needs its keys");
        }
        this.settings = settings;
        this.keys = keys;
        this.usedChallenges = usedChallenges;
    }

    /** The realm's captcha with the settings of the running step's execution. */
    public static Captcha of(AuthenticationFlowContext context) {
        return of(context.getSession(), context.getRealm(), CaptchaSettings.from(context.getAuthenticatorConfig()));
    }

    public static Captcha of(KeycloakSession session, RealmModel realm, CaptchaSettings settings) {
        CaptchaKeys keys = settings.enabled() ? CaptchaKeys.derivedFrom(session.keys(), realm) : null;
        return new Captcha(settings, keys, session.singleUseObjects());
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * A new challenge, as the widget's {@code challengejson} attribute takes it:
     * {@code {"algorithm","challenge","maxnumber","salt","signature"}}; its salt ends with {@code ?expires=<epoch s>}
     * by Keycloak's clock. Null when the check is off.
     */
    public String challenge() {
        if (!settings.enabled()) {
            return null;
        }
        Challenge challenge = create(new ChallengeOptions()
                .setAlgorithm(ALGORITHM)
                .setMaxNumber((long) settings.maxNumber())
                // The library draws the number with ThreadLocalRandom unless told: a guessable number is no work.
                .setSecureRandomNumber(true)
                .setHmacKey(keys.signing())
                .setExpires((long) Time.currentTime() + settings.expirySeconds()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("algorithm", challenge.algorithm);
        json.put("challenge", challenge.challenge);
        json.put("maxnumber", challenge.maxnumber);
        json.put("salt", challenge.salt);
        json.put("signature", challenge.signature);
        try {
            return JsonSerialization.writeValueAsString(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a captcha challenge", e);
        }
    }

    /** Puts a new challenge on the page as {@code bawabaCaptcha}; nothing when the check is off. */
    public LoginFormsProvider show(LoginFormsProvider form) {
        if (settings.enabled()) {
            form.setAttribute("bawabaCaptcha", challenge());
        }
        return form;
    }

    /** Checks the solution a form posted in {@value #FIELD}. */
    public Verdict verify(MultivaluedMap<String, String> form) {
        return verify(form == null ? null : form.getFirst(FIELD));
    }

    /**
     * Checks a solution as the widget posts it (base64 of {@code {"algorithm","challenge","number","salt",
     * "signature",...}}): that it answers a challenge signed with one of the realm's captcha keys, that the challenge
     * has not expired by Keycloak's clock, and that it is its first use. Always {@link Verdict#ACCEPTED} when the
     * check is off.
     */
    public Verdict verify(String payload) {
        if (!settings.enabled()) {
            return Verdict.ACCEPTED;
        }
        if (payload == null || payload.isBlank()) {
            return Verdict.MISSING;
        }
        Solution solution = Solution.parse(payload);
        if (solution == null || keys.keys().stream().noneMatch(solution::signedWith)) {
            LOG.debug("captcha: a posted solution is not one of a challenge of this realm");
            return Verdict.INVALID;
        }
        Long expires = solution.expires();
        if (expires == null) {
            return Verdict.INVALID;
        }
        // The library's own check (verifySolution with checkExpires) reads the system clock; Keycloak's is the one
        // that counts here, and tests move it.
        long now = Time.currentTime();
        if (now > expires) {
            return Verdict.EXPIRED;
        }
        // The signature names the challenge: its salt is random and the hash covers it.
        if (!usedChallenges.putIfAbsent(REPLAY_PREFIX + solution.signature(), expires - now + REPLAY_MARGIN_SECONDS)) {
            LOG.debug("captcha: a solved challenge was posted again");
            return Verdict.REPLAYED;
        }
        return Verdict.ACCEPTED;
    }

    private static Challenge create(ChallengeOptions options) {
        try {
            return Altcha.createChallenge(options);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a captcha challenge", e);
        }
    }

    /** A posted solution, read strictly: every field present and of its type, the algorithm ours. */
    private record Solution(String challenge, long number, String salt, String signature) {

        static Solution parse(String payload) {
            if (payload.length() > MAX_PAYLOAD_LENGTH) {
                return null;
            }
            try {
                JsonNode json = JsonSerialization.mapper.readTree(Base64.getDecoder().decode(payload.trim()));
                if (json == null || !json.isObject()
                        || !ALGORITHM.getName().equals(text(json, "algorithm"))
                        || !json.path("number").canConvertToExactIntegral() || !json.path("number").canConvertToLong()
                        || json.path("number").asLong() < 0) {
                    return null;
                }
                String challenge = text(json, "challenge");
                String salt = text(json, "salt");
                String signature = text(json, "signature");
                if (challenge == null || salt == null || signature == null) {
                    return null;
                }
                return new Solution(challenge, json.path("number").asLong(), salt, signature);
            } catch (IllegalArgumentException | IOException e) {
                return null;
            }
        }

        private static String text(JsonNode json, String field) {
            JsonNode value = json.get(field);
            return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
        }

        /**
         * The challenge computed again from the salt and the number, as the library's verifySolution does, but the
         * comparison in constant time (the library uses String.equals on the signature).
         */
        boolean signedWith(String key) {
            Challenge expected = create(new ChallengeOptions()
                    .setAlgorithm(ALGORITHM)
                    .setHmacKey(key)
                    .setSalt(salt)
                    .setNumber(number));
            return sameText(expected.challenge, challenge) & sameText(expected.signature, signature);
        }

        /** The {@code expires} parameter the library put in the salt (epoch seconds), or null. */
        Long expires() {
            try {
                String expires = Altcha.extractParams(salt).get("expires");
                return expires == null ? null : Long.valueOf(expires);
            } catch (Exception e) {
                return null;
            }
        }

        private static boolean sameText(String a, String b) {
            return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        }
    }
}
