package org.bawaba.eid.simulator.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link a sign-in page shows (QR code or "open the app"): {@code {api}/app#t={secret}}, where {@code api} is
 * {@code http(s)://host[:port]/realms/{realm}/bawaba-eid} and the secret is the transaction's bearer credential
 * (256 bits, base64url). The fragment never reaches a server: the app reads the secret from it.
 *
 * @param api    the holder API's base address, without a trailing slash
 * @param secret the transaction secret, sent as {@code Authorization: Bearer {secret}}
 */
public record HolderLink(URI api, String secret) {

    private static final Pattern API_PATH = Pattern.compile("/realms/([^/]+)/bawaba-eid");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}=?");
    private static final String APP = "/app";

    /**
     * No check of the secret's form here, so that tests can call the API with a wrong one
     * ({@code link.withSecret("forged")}); {@link #parse} is strict.
     */
    public HolderLink {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(secret, "secret");
        if (!api.isAbsolute() || !("http".equals(api.getScheme()) || "https".equals(api.getScheme()))
                || api.getHost() == null) {
            throw new IllegalArgumentException("the API address must be an absolute http(s) URI: " + api);
        }
        String text = api.toString();
        if (text.endsWith("/")) {
            api = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /**
     * Parses a link as the sign-in page shows it.
     *
     * @throws IllegalArgumentException with what is wrong, for anything but
     *                                  {@code http(s)://host[:port]/realms/{realm}/bawaba-eid/app#t={secret}}
     */
    public static HolderLink parse(String link) {
        Objects.requireNonNull(link, "link");
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            throw refused(link, "it is not a URI (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw refused(link, "it does not start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refused(link, "it names no host, or carries a user name");
        }
        if (uri.getRawQuery() != null) {
            throw refused(link, "it has a query (?...)");
        }
        String path = uri.getRawPath();
        if (path == null || !path.endsWith(APP)
                || !API_PATH.matcher(path.substring(0, path.length() - APP.length())).matches()) {
            throw refused(link, "its path is not /realms/{realm}/bawaba-eid/app");
        }
        String fragment = uri.getRawFragment();
        if (fragment == null || !fragment.startsWith("t=")) {
            throw refused(link, "it has no #t={secret} fragment");
        }
        String secret = fragment.substring(2);
        if (!SECRET.matcher(secret).matches() || Base64.getUrlDecoder().decode(secret).length != 32) {
            throw refused(link, "the secret is not 256 bits of base64url");
        }
        URI api = URI.create(scheme + "://" + uri.getRawAuthority() + path.substring(0, path.length() - APP.length()));
        return new HolderLink(api, secret);
    }

    /** The realm that opened the transaction, as the path names it. */
    public String realm() {
        Matcher matcher = API_PATH.matcher(api.getRawPath());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** The same API with another secret (for tests of a wrong or a stale credential). */
    public HolderLink withSecret(String otherSecret) {
        return new HolderLink(api, otherSecret);
    }

    /** The address of an API resource, e.g. {@code resolve("/transaction")}. */
    public URI resolve(String resource) {
        return URI.create(api + resource);
    }

    /** The link itself, secret included: {@code {api}/app#t={secret}}. */
    public String link() {
        return api + APP + "#t=" + secret;
    }

    /** The link with its secret masked, for logs. */
    @Override
    public String toString() {
        return api + APP + "#t=…";
    }

    private static IllegalArgumentException refused(String link, String why) {
        String shown = link.contains("#") ? link.substring(0, link.indexOf('#')) + "#…" : link;
        return new IllegalArgumentException("not a Bawaba e-ID app link (" + why + "): " + shown
                + "; expected http(s)://host[:port]/realms/{realm}/bawaba-eid/app#t={secret}");
    }
}
