package org.bawaba.device.notme;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.TokenManager;

/**
 * Issues and reads the tokens of "this was not me" links. They are signed by Keycloak ({@link TokenManager}, the
 * realm's internal key), expire, and are spent once across the cluster: their identifier goes into the
 * {@link SingleUseObjectProvider} until they would have expired anyway.
 */
public final class NotMeLinks {

    /** What a link's token turned out to be. */
    public enum Verdict { VALID, EXPIRED, USED, INVALID }

    public record Reading(Verdict verdict, Optional<NotMeToken> token) {

        static Reading of(Verdict verdict) {
            return new Reading(verdict, Optional.empty());
        }
    }

    static final String USED_KEY_PREFIX = "bawaba-not-me:";

    private final TokenManager tokens;
    private final SingleUseObjectProvider singleUse;

    public NotMeLinks(TokenManager tokens, SingleUseObjectProvider singleUse) {
        this.tokens = tokens;
        this.singleUse = singleUse;
    }

    /** A new token for this sign-in of the account, valid from now for {@code validity}. */
    public String issue(String issuer, String userId, SignInReported signIn, Duration validity) {
        long now = Time.currentTime();
        NotMeToken token = new NotMeToken()
                .signInTime(signIn.timeMillis())
                .deviceFingerprint(signIn.deviceFingerprint())
                .identityProvider(signIn.identityProvider());
        token.id(UUID.randomUUID().toString());
        token.issuer(issuer);
        token.subject(userId);
        token.issuedFor(signIn.client());
        token.iat(now);
        token.exp(now + validity.toSeconds());
        return tokens.encode(token);
    }

    /** Reads a link's token without spending it. */
    public Reading read(String issuer, String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 4096) {
            return Reading.of(Verdict.INVALID);
        }
        NotMeToken token = tokens.decode(encoded, NotMeToken.class);
        if (token == null || !NotMeToken.TYPE.equals(token.getType()) || !issuer.equals(token.getIssuer())
                || token.getId() == null || token.getSubject() == null || token.getExp() == null) {
            return Reading.of(Verdict.INVALID);
        }
        if (token.getExp() <= Time.currentTime()) {
            return Reading.of(Verdict.EXPIRED);
        }
        if (singleUse.contains(usedKey(token))) {
            return Reading.of(Verdict.USED);
        }
        return new Reading(Verdict.VALID, Optional.of(token));
    }

    /** Spends a valid token: true for the one request, on any node, that spends it first. */
    public boolean spend(NotMeToken token) {
        long lifespan = Math.max(1, token.getExp() - Time.currentTime());
        return singleUse.putIfAbsent(usedKey(token), lifespan);
    }

    private static String usedKey(NotMeToken token) {
        return USED_KEY_PREFIX + token.getId();
    }

    /** The sign-in a link reports. */
    public record SignInReported(long timeMillis, String client, String identityProvider, String deviceFingerprint) {
    }
}
