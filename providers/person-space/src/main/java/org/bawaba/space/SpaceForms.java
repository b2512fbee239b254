package org.bawaba.space;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserSessionModel;

/**
 * What makes a form post of the space the person's own. The realm's session cookie goes along with cross-site
 * requests, so every change needs, besides it, a random token that only the space's pages hold, kept in the user
 * session (cluster-wide, gone with the session); and a browser that says where the post comes from must say this
 * server.
 */
final class SpaceForms {

    static final String FIELD = "bawaba_space_token";
    private static final String NOTE = "bawaba.space.form";

    private SpaceForms() {
    }

    static String token(UserSessionModel userSession) {
        String token = userSession.getNote(NOTE);
        if (token == null) {
            token = SpaceSignIn.random();
            userSession.setNote(NOTE, token);
        }
        return token;
    }

    static boolean isGenuine(KeycloakSession session, UserSessionModel userSession, String submitted) {
        String expected = userSession.getNote(NOTE);
        if (expected == null || submitted == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        return fromThisServer(session);
    }

    private static boolean fromThisServer(KeycloakSession session) {
        String origin = Optional.ofNullable(session.getContext().getRequestHeaders().getHeaderString("Origin")).orElse("");
        if (origin.isEmpty() || "null".equals(origin)) {
            return origin.isEmpty();   // "null" is an opaque origin: a sandboxed frame or a redirect from elsewhere
        }
        var base = session.getContext().getUri().getBaseUri();
        String ours = base.getScheme() + "://" + base.getAuthority();
        return ours.equalsIgnoreCase(origin);
    }
}
