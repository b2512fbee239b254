package org.bawaba.broker.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A relying party as an e-service would write one: discovery, an authorization request with PKCE,
 * state and nonce, the code exchange, ID-token verification against the broker's JWKS, userinfo.
 */
public final class RelyingParty {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private final Map<String, Object> discovery;

    public RelyingParty(String issuer, String clientId, String clientSecret, String redirectUri) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.discovery = getJson(issuer + "/.well-known/openid-configuration").body();
    }

    public Map<String, Object> discovery() {
        return discovery;
    }

    public String endpoint(String name) {
        return (String) discovery.get(name);
    }

    public String clientId() {
        return clientId;
    }

    public String redirectUri() {
        return redirectUri;
    }

    /** A fresh sign-in attempt: its own PKCE pair, state and nonce. */
    public Attempt newAttempt() {
        return new Attempt(Pkce.s256(), Pkce.randomToken(), Pkce.randomToken());
    }

    public final class Attempt {
        public final Pkce pkce;
        public final String state;
        public final String nonce;
        private final Map<String, String> extra = new LinkedHashMap<>();

        private Attempt(Pkce pkce, String state, String nonce) {
            this.pkce = pkce;
            this.state = state;
            this.nonce = nonce;
        }

        public Attempt with(String parameter, String value) {
            extra.put(parameter, value);
            return this;
        }

        public String authorizationUrl() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("client_id", clientId);
            parameters.put("redirect_uri", redirectUri);
            parameters.put("response_type", "code");
            parameters.put("scope", "openid profile email");
            parameters.put("state", state);
            parameters.put("nonce", nonce);
            parameters.put("code_challenge", pkce.challenge());
            parameters.put("code_challenge_method", "S256");
            parameters.putAll(extra);
            parameters.values().removeIf(v -> v == null);
            return endpoint("authorization_endpoint") + "?" + Browser.formEncode(parameters);
        }

        public Json exchange(String code) {
            return tokenRequest(Map.of(
                    "grant_type", "authorization_code",
                    "code", code,
                    "redirect_uri", redirectUri,
                    "code_verifier", pkce.verifier()));
        }
    }

    /** Sends a token request as this client (client_secret_basic for confidential clients). */
    public Json tokenRequest(Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>(form);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (clientSecret == null) {
            body.put("client_id", clientId);
        } else {
            String basic = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        request.POST(HttpRequest.BodyPublishers.ofString(Browser.formEncode(body)));
        return sendJson(request);
    }

    /** Verifies the ID token's signature against the JWKS and its standard claims; returns the claims. */
    public JWTClaimsSet verifyIdToken(String idToken, String expectedNonce) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(new URL(endpoint("jwks_uri")))
                    .retrying(false)
                    .build();
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                    Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256), keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    clientId,
                    new JWTClaimsSet.Builder()
                            .issuer(endpoint("issuer"))
                            .claim("nonce", expectedNonce)
                            .build(),
                    Set.of("sub", "iat", "exp", "auth_time")));
            return processor.process(idToken, null);
        } catch (Exception e) {
            throw new AssertionError("ID token rejected: " + e.getMessage(), e);
        }
    }

    public Json userinfo(String accessToken) {
        return sendJson(HttpRequest.newBuilder(URI.create(endpoint("userinfo_endpoint")))
                .header("Authorization", "Bearer " + accessToken)
                .GET());
    }

    private Json getJson(String url) {
        return sendJson(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private Json sendJson(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, Object> body = response.body().isBlank() ? Map.of() : JSONObjectUtils.parse(response.body());
            return new Json(response.statusCode(), body);
        } catch (IOException | java.text.ParseException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A JSON response: its status and object. */
    public record Json(int status, Map<String, Object> body) {

        public String string(String member) {
            Object value = body.get(member);
            return value == null ? null : value.toString();
        }

        @Override
        public String toString() {
            return status + " " + body.entrySet().stream()
                    .map(e -> e.getKey() + "=" + (e.getKey().endsWith("token") ? "<token>" : e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }
}
