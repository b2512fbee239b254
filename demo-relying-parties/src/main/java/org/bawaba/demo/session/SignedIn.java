package org.bawaba.demo.session;

import java.util.Map;

/**
 * A completed sign-in: the raw ID token (kept only as id_token_hint for logout), its verified claims,
 * the userinfo claims, and the token that guards the sign-out form.
 */
public record SignedIn(String idToken, Map<String, Object> idTokenClaims, Map<String, Object> userinfo, String csrfToken) {

    public SignedIn {
        idTokenClaims = Map.copyOf(idTokenClaims);
        userinfo = Map.copyOf(userinfo);
    }

    @Override
    public String toString() {
        return "SignedIn[sub=" + idTokenClaims.get("sub") + "]";
    }
}
