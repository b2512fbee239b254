package org.bawaba.space;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.OAuth2Constants;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.OIDCLoginProtocolService;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Who is looking at the space. The space is a page of the realm itself, so it recognises the person by the realm's
 * own session cookie, as Keycloak's first account pages did; someone without a live session is sent through the
 * realm's authorization endpoint as client {@value #CLIENT_ID}, which runs the whole front door (chooser, provider,
 * levels), and comes back to {@value #CALLBACK}. The code Keycloak returns there is never redeemed: the space needs
 * no token, only the session the sign-in opened. The client requires PKCE and the verifier is thrown away, so nobody
 * who intercepts that code can redeem it either. The {@code state} ties the return to the browser that left.
 */
final class SpaceSignIn {

    static final String CLIENT_ID = "bawaba-space";
    static final String CALLBACK = "signed-in";
    private static final String STATE_COOKIE = "BAWABA_SPACE_STATE";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;

    SpaceSignIn(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /** The space's client, when this realm has one: without it the realm has no space. */
    Optional<ClientModel> client() {
        return Optional.ofNullable(realm.getClientByClientId(CLIENT_ID)).filter(ClientModel::isEnabled);
    }

    /** The person signed in to this realm in this browser, with a live session. */
    Optional<AuthResult> current() {
        AuthResult result = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        if (result == null || result.user() == null || !result.user().isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    /** Sends the browser to sign in, then back to the page {@code page} of the space. */
    Response toSignIn(SpacePage page, String locale) {
        String state = random() + "." + page.path();
        URI authorization = UriBuilder.fromUri(OIDCLoginProtocolService.authUrl(session.getContext().getUri()).build(realm.getName()))
                .queryParam(OAuth2Constants.CLIENT_ID, CLIENT_ID)
                .queryParam(OAuth2Constants.REDIRECT_URI, callback())
                .queryParam(OAuth2Constants.RESPONSE_TYPE, OAuth2Constants.CODE)
                .queryParam(OAuth2Constants.SCOPE, OAuth2Constants.SCOPE_OPENID)
                .queryParam(OAuth2Constants.STATE, state)
                .queryParam(OAuth2Constants.CODE_CHALLENGE, challengeOfForgottenVerifier())
                .queryParam(OAuth2Constants.CODE_CHALLENGE_METHOD, OAuth2Constants.PKCE_METHOD_S256)
                .queryParam(OAuth2Constants.UI_LOCALES_PARAM, locale)
                .build();
        return Response.seeOther(authorization).cookie(stateCookie(state, 1800)).build();
    }

    /**
     * Back from the authorization endpoint: the page to show, when {@code state} is the one this browser left with.
     * Empty for a return this browser did not start (or a replayed one): the caller starts again.
     */
    Optional<SpacePage> returned(String state) {
        Cookie expected = session.getContext().getRequestHeaders().getCookies().get(STATE_COOKIE);
        if (state == null || expected == null || !MessageDigest.isEqual(
                state.getBytes(StandardCharsets.US_ASCII), expected.getValue().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return SpacePage.byPath(state.substring(state.indexOf('.') + 1));
    }

    /** Forgets the state once used. */
    NewCookie clearedState() {
        return stateCookie("", 0);
    }

    URI callback() {
        return spaceUri().path(CALLBACK).build();
    }

    UriBuilder spaceUri() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName())
                .path(PersonSpaceResourceProviderFactory.PROVIDER_ID);
    }

    /** The realm's end-session endpoint, back to the space's signed-out page. */
    URI signOut() {
        return UriBuilder.fromUri(OIDCLoginProtocolService.logoutUrl(session.getContext().getUri()).build(realm.getName()))
                .queryParam(OAuth2Constants.CLIENT_ID, CLIENT_ID)
                .queryParam(OIDCLoginProtocol.POST_LOGOUT_REDIRECT_URI_PARAM, spaceUri().path(SpacePage.SIGNED_OUT_PATH).build())
                .build();
    }

    private NewCookie stateCookie(String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(session.getContext().getUri().getBaseUri().getScheme());
        return new NewCookie.Builder(STATE_COOKIE)
                .value(value)
                .path(spaceUri().build().getPath() + "/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    static String challengeOfForgottenVerifier() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(random().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
