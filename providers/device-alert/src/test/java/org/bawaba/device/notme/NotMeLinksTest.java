package org.bawaba.device.notme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.bawaba.testsupport.InMemorySingleUseObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.jose.jws.JWSBuilder;
import org.keycloak.representations.JsonWebToken;

class NotMeLinksTest {

    private static final String ISSUER = "https://login.bawaba.example/realms/bawaba";
    private static final NotMeLinks.SignInReported SIGN_IN = new NotMeLinks.SignInReported(1_765_000_000_000L,
            "oc-connect", "account", "ab".repeat(32));

    private final HmacTokenManager tokens = new HmacTokenManager("the realm's internal secret, for tests");
    private final InMemorySingleUseObjects singleUse = new InMemorySingleUseObjects();
    private final NotMeLinks links = new NotMeLinks(tokens, singleUse);

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    void aLinkNamesTheAccountAndTheSignInAndExpires() {
        String encoded = links.issue(ISSUER, "user-1", SIGN_IN, Duration.ofDays(7));

        NotMeLinks.Reading reading = links.read(ISSUER, encoded);

        assertThat(reading.verdict()).isEqualTo(NotMeLinks.Verdict.VALID);
        NotMeToken token = reading.token().orElseThrow();
        assertThat(token.getType()).isEqualTo(NotMeToken.TYPE);
        assertThat(token.getSubject()).isEqualTo("user-1");
        assertThat(token.getIssuedFor()).isEqualTo("oc-connect");
        assertThat(token.getIdentityProvider()).isEqualTo("account");
        assertThat(token.getSignInTime()).isEqualTo(SIGN_IN.timeMillis());
        assertThat(token.getDeviceFingerprint()).isEqualTo(SIGN_IN.deviceFingerprint());
        assertThat(token.getExp() - token.getIat()).isEqualTo(Duration.ofDays(7).toSeconds());
        assertThat(token.getId()).isNotBlank();
        assertThat(links.issue(ISSUER, "user-1", SIGN_IN, Duration.ofDays(7))).as("each link its own id").isNotEqualTo(encoded);
    }

    @Test
    void aLinkIsSpentOnceAndThenReadsAsUsed() {
        String encoded = links.issue(ISSUER, "user-1", SIGN_IN, Duration.ofDays(7));
        NotMeToken token = links.read(ISSUER, encoded).token().orElseThrow();

        assertThat(links.spend(token)).isTrue();
        assertThat(links.spend(token)).as("a second request, on any node").isFalse();
        assertThat(links.read(ISSUER, encoded).verdict()).isEqualTo(NotMeLinks.Verdict.USED);
        assertThat(singleUse.lifespans.get(NotMeLinks.USED_KEY_PREFIX + token.getId()))
                .as("remembered as long as the link could still be used").isBetween(Duration.ofDays(7).toSeconds() - 5,
                        Duration.ofDays(7).toSeconds());
    }

    @Test
    void anExpiredLinkReadsAsExpired() {
        String encoded = links.issue(ISSUER, "user-1", SIGN_IN, Duration.ofDays(7));

        Time.setOffset((int) Duration.ofDays(7).toSeconds() + 1);

        assertThat(links.read(ISSUER, encoded).verdict()).isEqualTo(NotMeLinks.Verdict.EXPIRED);
    }

    @Test
    void aForgedOrAlteredLinkIsInvalid() {
        String encoded = links.issue(ISSUER, "user-1", SIGN_IN, Duration.ofDays(7));
        String[] parts = encoded.split("\\.");
        String otherUser = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("user-1", "user-2")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(links.read(ISSUER, parts[0] + "." + otherUser + "." + parts[2]).verdict()).as("altered")
                .isEqualTo(NotMeLinks.Verdict.INVALID);
        assertThat(new NotMeLinks(new HmacTokenManager("another secret"), singleUse).read(ISSUER, encoded).verdict())
                .as("signed with another key").isEqualTo(NotMeLinks.Verdict.INVALID);
        assertThat(links.read("https://login.bawaba.example/realms/account", encoded).verdict()).as("another realm")
                .isEqualTo(NotMeLinks.Verdict.INVALID);
        assertThat(links.read(ISSUER, "not-a-token").verdict()).isEqualTo(NotMeLinks.Verdict.INVALID);
        assertThat(links.read(ISSUER, "").verdict()).isEqualTo(NotMeLinks.Verdict.INVALID);
        assertThat(links.read(ISSUER, null).verdict()).isEqualTo(NotMeLinks.Verdict.INVALID);
    }

    @Test
    void anotherKindOfTokenSignedByTheRealmIsNotALink() {
        JsonWebToken other = new JsonWebToken().id("x").issuer(ISSUER).subject("user-1").type("Bearer")
                .exp((long) Time.currentTime() + 3600);
        String encoded = new JWSBuilder().jsonContent(other).hmac512("the realm's internal secret, for tests"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(links.read(ISSUER, encoded).verdict()).isEqualTo(NotMeLinks.Verdict.INVALID);
    }
}
