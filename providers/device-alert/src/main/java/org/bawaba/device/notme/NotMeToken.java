package org.bawaba.device.notme;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.TokenCategory;
import org.keycloak.representations.JsonWebToken;

/**
 * What a "this was not me" link carries, signed with the realm's internal key: the account (subject), the sign-in it
 * reports (its time, the browser's fingerprint, the service as {@code azp}, the identity provider), an expiry and an
 * identifier whose single use the cluster remembers. Nothing in it lets anyone sign in.
 */
public class NotMeToken extends JsonWebToken {

    public static final String TYPE = "bawaba-not-me";

    @JsonProperty("bawaba_sign_in_time")
    private Long signInTime;

    @JsonProperty("bawaba_device")
    private String deviceFingerprint;

    @JsonProperty("bawaba_idp")
    private String identityProvider;

    public NotMeToken() {
        type(TYPE);
    }

    /** The reported sign-in's time, in milliseconds since the epoch. */
    public Long getSignInTime() {
        return signInTime;
    }

    public NotMeToken signInTime(long millis) {
        this.signInTime = millis;
        return this;
    }

    public String getDeviceFingerprint() {
        return deviceFingerprint;
    }

    public NotMeToken deviceFingerprint(String fingerprint) {
        this.deviceFingerprint = fingerprint;
        return this;
    }

    public String getIdentityProvider() {
        return identityProvider;
    }

    public NotMeToken identityProvider(String alias) {
        this.identityProvider = alias;
        return this;
    }

    @Override
    public TokenCategory getCategory() {
        return TokenCategory.INTERNAL;
    }
}
