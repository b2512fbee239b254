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
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bawaba.benchmarks.CookieJar;

/**
 * One browser's e-ID login, as the front door starts it: the authorization request of client
 * {@code bawaba-front-door} in realm {@code eid} (confidential, PKCE S256), which shows the chip page with the app
 * link. The login lives in this browser's cookies, which are kept here ({@link CookieJar}).
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

    private final CookieJar cookies = new CookieJar();
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
        HttpRequest.Builder request = cookies.addTo(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept-Language", "fr").GET(), uri.getRawPath());
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.keepFrom(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri.getRawPath() + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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
