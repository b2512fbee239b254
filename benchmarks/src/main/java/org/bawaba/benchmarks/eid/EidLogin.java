package org.bawaba.benchmarks.eid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's e-ID login, as the front door starts it: the authorization request of client
 * {@code bawaba-front-door} in realm {@code eid} (confidential, PKCE S256), which shows the chip page with the app
 * link. The login lives in this browser's cookies, which are kept here: Keycloak marks them Secure even on
 * {@code http://localhost}, where the JDK's cookie handler would drop them. One host only, so a cookie is sent
 * wherever its path matches.
 */
final class EidLogin {

    static final String REALM = "eid";
    static final String CLIENT_ID = "bawaba-front-door";

    private static final Pattern APP_LINK = Pattern.compile("id=\"bawaba-eid-open-app\"\\s+href=\"([^\"]+)\"");
    private static final Pattern STATUS_URL = Pattern.compile("var statusUrl = \"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([a-z_]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });

    /** Cookie name and path, then its value. */
    private final Map<String, String[]> cookies = new HashMap<>();
    private final HttpClient http;
    private String appLink;
    private URI statusUrl;

    private EidLogin(HttpClient http) {
        this.http = http;
    }

    /**
     * Opens the e-ID login in a new browser session: answers the chip page's link, or throws when the page is not
     * there (HTTP status and the start of the body in the message).
     */
    static EidLogin open(HttpClient http, URI baseUrl) {
        EidLogin login = new EidLogin(http);
        URI page = URI.create(baseUrl + "/realms/" + REALM + "/protocol/openid-connect/auth?" + query(Map.of(
                "client_id", CLIENT_ID,
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", baseUrl + "/realms/bawaba/broker/eid/endpoint",
                "state", token(16),
                "nonce", token(16),
                "code_challenge", pkceChallenge(),
                "code_challenge_method", "S256")));
        HttpResponse<String> shown = login.get(page);
        for (int hops = 0; hops < 5 && shown.statusCode() / 100 == 3; hops++) {
            shown = login.get(page.resolve(shown.headers().firstValue("Location").orElseThrow()));
        }
        Matcher link = APP_LINK.matcher(shown.body());
        Matcher status = STATUS_URL.matcher(shown.body());
        if (shown.statusCode() != 200 || !link.find() || !status.find()) {
            throw new IllegalStateException("no chip page: HTTP " + shown.statusCode() + " "
                    + shown.body().substring(0, Math.min(300, shown.body().length())));
        }
        login.appLink = link.group(1).replace("&amp;", "&");
        login.statusUrl = page.resolve(status.group(1).replace("\\/", "/").replace("&amp;", "&"));
        return login;
    }

    /** What the QR code and "open the app" carry: {@code {api}/app#t={secret}}. */
    String appLink() {
        return appLink;
    }

    /** What the page's script reads: the state of this login's transaction ({@code verified}...), or the status. */
    String status() {
        HttpResponse<String> answer = get(statusUrl);
        Matcher state = STATE.matcher(answer.body());
        return answer.statusCode() == 200 && state.find() ? state.group(1) : "HTTP " + answer.statusCode();
    }

    private HttpResponse<String> get(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept-Language", "fr")
                .GET();
        String cookieHeader = cookiesFor(uri.getRawPath());
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri.getRawPath() + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code name=value; Path=/realms/eid/; ...}: kept by name and path, dropped when expired. */
    private void keep(String setCookie) {
        String[] attributes = setCookie.split(";");
        String[] pair = attributes[0].split("=", 2);
        if (pair.length < 2 || pair[0].isBlank()) {
            return;
        }
        String path = "/";
        boolean expired = pair[1].isBlank();
        for (String attribute : attributes) {
            String[] nameValue = attribute.trim().split("=", 2);
            if (nameValue[0].equalsIgnoreCase("path") && nameValue.length == 2) {
                path = nameValue[1];
            } else if (nameValue[0].equalsIgnoreCase("max-age") && nameValue.length == 2) {
                expired |= nameValue[1].trim().equals("0");
            }
        }
        String key = pair[0].trim() + " " + path;
        if (expired) {
            cookies.remove(key);
        } else {
            cookies.put(key, new String[] {pair[0].trim(), pair[1].trim(), path});
        }
    }

    private String cookiesFor(String path) {
        List<String> sent = new ArrayList<>();
        for (String[] cookie : cookies.values()) {
            String prefix = cookie[2].endsWith("/") ? cookie[2] : cookie[2] + "/";
            if (path.equals(cookie[2]) || path.startsWith(prefix)) {
                sent.add(cookie[0] + "=" + cookie[1]);
            }
        }
        return String.join("; ", sent);
    }

    private static String query(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return BASE64URL.encodeToString(random);
    }

    /** RFC 7636 S256 challenge of a fresh verifier, which this benchmark never redeems (it stops at the chip). */
    private static String pkceChallenge() {
        byte[] verifier = token(32).getBytes(StandardCharsets.US_ASCII);
        return BASE64URL.encodeToString(SHA_256.get().digest(verifier));
    }
}
