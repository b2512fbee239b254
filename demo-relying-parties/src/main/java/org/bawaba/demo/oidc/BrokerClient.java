package org.bawaba.demo.oidc;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.bawaba.demo.RelyingPartySite;
import org.bawaba.demo.oidc.SignInFailure.Reason;

/**
 * What a relying party asks of the broker, in plain OpenID Connect: discovery (read once, on first use, so
 * the app may start before the broker), the authorization and end-session URLs, the code exchange,
 * ID-token verification against the JWKS, userinfo.
 */
public final class BrokerClient {

    private static final Set<JWSAlgorithm> SIGNING_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private final URI issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private volatile Discovery discovery;
    private volatile JWKSource<SecurityContext> keys;

    public BrokerClient(URI issuer) {
        this.issuer = issuer;
    }

    /** The endpoints the relying party uses, from the issuer's discovery document. */
    public record Discovery(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI userinfoEndpoint,
                            URI jwksUri, URI endSessionEndpoint) {
    }

    /** The tokens of a successful code exchange. */
    public record Tokens(String idToken, String accessToken) {
        @Override
        public String toString() {
            return "Tokens[<redacted>]";
        }
    }

    public Discovery discovery() throws SignInFailure {
        Discovery known = discovery;
        if (known != null) {
            return known;
        }
        Map<String, Object> document = getJson(URI.create(issuer + "/.well-known/openid-configuration"), null);
        String advertised = (String) document.get("issuer");
        if (!issuer.toString().equals(advertised)) {
            throw new SignInFailure(Reason.BROKER_UNREACHABLE, "discovery names another issuer: " + advertised);
        }
        Discovery loaded = new Discovery(advertised,
                uri(document, "authorization_endpoint"), uri(document, "token_endpoint"),
                uri(document, "userinfo_endpoint"), uri(document, "jwks_uri"), uri(document, "end_session_endpoint"));
        try {
            keys = JWKSourceBuilder.create(loaded.jwksUri().toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new SignInFailure(Reason.BROKER_UNREACHABLE, "bad jwks_uri", e);
        }
        discovery = loaded;
        return loaded;
    }

    public URI authorizationUrl(RelyingPartySite site, URI redirectUri, String state, String nonce, Pkce pkce,
                                String uiLocale) throws SignInFailure {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("client_id", site.clientId());
        parameters.put("response_type", "code");
        parameters.put("scope", "openid profile email");
        parameters.put("redirect_uri", redirectUri.toString());
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", "S256");
        parameters.put("ui_locales", uiLocale);
        return URI.create(discovery().authorizationEndpoint() + "?" + formEncode(parameters));
    }

    public URI endSessionUrl(RelyingPartySite site, String idTokenHint, URI postLogoutRedirectUri, String uiLocale)
            throws SignInFailure {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("id_token_hint", idTokenHint);
        parameters.put("post_logout_redirect_uri", postLogoutRedirectUri.toString());
        parameters.put("client_id", site.clientId());
        parameters.put("ui_locales", uiLocale);
        // Comes back unchanged on the post-logout redirect (a registered URI, without ?lang=): the home page's language.
        parameters.put("state", uiLocale);
        return URI.create(discovery().endSessionEndpoint() + "?" + formEncode(parameters));
    }

    /** Exchanges the code: client_secret_basic for confidential clients, client_id and PKCE alone for public ones. */
    public Tokens exchangeCode(RelyingPartySite site, String code, URI redirectUri, String codeVerifier) throws SignInFailure {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", codeVerifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(discovery().tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (site.isPublicClient()) {
            form.put("client_id", site.clientId());
        } else {
            // RFC 6749 §2.3.1: both parts form-encoded before base64.
            String credentials = urlEncode(site.clientId()) + ":" + urlEncode(site.clientSecret());
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
        Map<String, Object> body = parseJson(response.body(), Reason.CODE_REFUSED);
        if (response.statusCode() != 200) {
            Object error = body.get("error");
            throw new SignInFailure(Reason.CODE_REFUSED, "HTTP " + response.statusCode() + (error == null ? "" : " " + error));
        }
        Object idToken = body.get("id_token");
        Object accessToken = body.get("access_token");
        if (!(idToken instanceof String) || !(accessToken instanceof String)) {
            throw new SignInFailure(Reason.CODE_REFUSED, "no id_token or access_token in the token response");
        }
        return new Tokens((String) idToken, (String) accessToken);
    }

    /** Signature against the broker's JWKS, then iss, aud (and azp), nonce, exp, iat, sub. */
    public JWTClaimsSet verifyIdToken(RelyingPartySite site, String idToken, String expectedNonce) throws SignInFailure {
        Discovery endpoints = discovery();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNING_ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                site.clientId(),
                new JWTClaimsSet.Builder().issuer(endpoints.issuer()).claim("nonce", expectedNonce).build(),
                Set.of("sub", "iat", "exp")));
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (Exception e) {
            throw new SignInFailure(Reason.ID_TOKEN_INVALID, e.getMessage(), e);
        }
        if (claims.getAudience().size() > 1 && !site.clientId().equals(claims.getClaim("azp"))) {
            throw new SignInFailure(Reason.ID_TOKEN_INVALID, "several audiences and azp is not " + site.clientId());
        }
        return claims;
    }

    /** The userinfo claims; their sub must be the ID token's (OpenID Connect Core §5.3.2). */
    public Map<String, Object> userinfo(String accessToken, String expectedSubject) throws SignInFailure {
        Map<String, Object> claims;
        try {
            claims = getJson(discovery().userinfoEndpoint(), accessToken);
        } catch (SignInFailure e) {
            throw new SignInFailure(Reason.USERINFO_FAILED, e.detail(), e);
        }
        if (!expectedSubject.equals(claims.get("sub"))) {
            throw new SignInFailure(Reason.USERINFO_FAILED, "userinfo is about another subject");
        }
        return claims;
    }

    private Map<String, Object> getJson(URI uri, String bearer) throws SignInFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new SignInFailure(Reason.BROKER_UNREACHABLE, "HTTP " + response.statusCode() + " from " + uri.getPath());
        }
        return parseJson(response.body(), Reason.BROKER_UNREACHABLE);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws SignInFailure {
        HttpRequest built = request.timeout(Duration.ofSeconds(15)).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SignInFailure(Reason.BROKER_UNREACHABLE, built.uri().getScheme() + "://" + built.uri().getAuthority()
                    + " did not answer (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailure(Reason.BROKER_UNREACHABLE, "interrupted", e);
        }
    }

    private static Map<String, Object> parseJson(String body, Reason reason) throws SignInFailure {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new SignInFailure(reason, "the broker did not answer with JSON", e);
        }
    }

    private static URI uri(Map<String, Object> document, String member) throws SignInFailure {
        Object value = document.get(member);
        if (!(value instanceof String)) {
            throw new SignInFailure(Reason.BROKER_UNREACHABLE, "discovery has no " + member);
        }
        return URI.create((String) value);
    }

    static String formEncode(Map<String, String> values) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> urlEncode(e.getKey()) + "=" + urlEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
