package org.bawaba.space;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserSessionModel;

/**
 * What makes a form post of the space the person's own. The realm's session cookie goes along with cross-site
 * requests, so every change needs, besides it, a random token that only the space's pages hold, kept in the user
 * session (cluster-wide, gone with the session); and a browser that says the post comes from elsewhere is refused.
 */
final class SpaceForms {

    static final String FIELD = "bawaba_space_token";
    private static final String NOTE = "bawaba.space.form";
    private static final Logger LOG = Logger.getLogger(SpaceForms.class);

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
            LOG.debugf("A post to the space without its form token (%s) was refused", expected == null ? "none issued" : "not the one issued");
            return false;
        }
        if (!fromThisServer(session)) {
            LOG.debug("A post to the space from another origin was refused");
            return false;
        }
        return true;
    }

    /**
     * Keycloak's pages send {@code Referrer-Policy: no-referrer}, under which a browser posts a same-origin form with
     * {@code Origin: null}: only a real other origin, or {@code Sec-Fetch-Site: cross-site}, tells a foreign post.
     */
    private static boolean fromThisServer(KeycloakSession session) {
        var headers = session.getContext().getRequestHeaders();
        if ("cross-site".equalsIgnoreCase(headers.getHeaderString("Sec-Fetch-Site"))) {
            return false;
        }
        String origin = Optional.ofNullable(headers.getHeaderString("Origin")).orElse("null");
        if ("null".equals(origin)) {
            return true;
        }
        var base = session.getContext().getUri().getBaseUri();
        return (base.getScheme() + "://" + base.getAuthority()).equalsIgnoreCase(origin);
    }
}
