package org.bawaba.authenticator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The browser a person signs in from, as the front door remembers it: a random identifier in a long-lived cookie of
 * the realm, never tied to the person in the cookie itself. An account keeps, in attribute {@link #KNOWN_DEVICES},
 * only the SHA-256 {@linkplain #fingerprint fingerprints} of the browsers it signed in from, so the database never
 * holds a cookie value that would work if stolen from it. The unusual-sign-in alert compares the two; the chooser
 * finds by the fingerprint the one account that signed in on this browser.
 */
public final class BrowserDevice {

    public static final String COOKIE = "BAWABA_DEVICE";
    /** User attribute: the fingerprints of the browsers the account signed in from, most recent first. */
    public static final String KNOWN_DEVICES = "bawaba_devices";
    /** Roughly 13 months, the longest a browser keeps a cookie (Chromium caps it at 400 days). */
    public static final int COOKIE_MAX_AGE_SECONDS = 400 * 86_400;

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserDevice() {
    }

    /** This request's browser identifier, when it sent a well-formed one. */
    public static Optional<String> current(KeycloakSession session) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || !WELL_FORMED.matcher(cookie.getValue()).matches()) {
            return Optional.empty();
        }
        return Optional.of(cookie.getValue());
    }

    /** This request's browser identifier; a browser without one is given a new one with the response. */
    public static String currentOrNew(KeycloakSession session, RealmModel realm) {
        Optional<String> current = current(session);
        if (current.isPresent()) {
            return current.get();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        boolean https = "https".equalsIgnoreCase(session.getContext().getUri().getBaseUri().getScheme());
        session.getContext().getHttpResponse().setCookieIfAbsent(new NewCookie.Builder(COOKIE)
                .value(id)
                .path("/realms/" + realm.getName() + "/")
                .maxAge(COOKIE_MAX_AGE_SECONDS)
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX)
                .build());
        return id;
    }

    /** What an account keeps of a browser identifier: its SHA-256, in lowercase hexadecimal. */
    public static String fingerprint(String deviceId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one account of the realm that signed in on this browser, if exactly one did. */
    public static Optional<UserModel> soleAccount(KeycloakSession session, RealmModel realm) {
        Optional<String> current = current(session);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var accounts = session.users()
                .searchForUserByUserAttributeStream(realm, KNOWN_DEVICES, fingerprint(current.get()))
                .limit(2)
                .toList();
        return accounts.size() == 1 ? Optional.of(accounts.get(0)) : Optional.empty();
    }
}
