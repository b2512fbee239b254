package org.bawaba.demo.web;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.bawaba.demo.RelyingPartySite;
import org.bawaba.demo.oidc.BrokerClient;
import org.bawaba.demo.oidc.Pkce;
import org.bawaba.demo.oidc.SignInFailure;
import org.bawaba.demo.session.DemoSession;
import org.bawaba.demo.session.PendingSignIn;
import org.bawaba.demo.session.SessionStore;
import org.bawaba.demo.session.SignedIn;

/**
 * One demo e-service under /{path}/: its home page, the sign-in (authorization code + PKCE S256, state
 * and nonce kept in this app's session), the callback, and RP-initiated logout.
 */
public final class RelyingPartyFlow implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(RelyingPartyFlow.class.getName());
    /** How long a sign-in may take between the button and the callback. */
    static final Duration SIGN_IN_MAX_AGE = Duration.ofMinutes(10);
    /** The OAuth errors (RFC 6749 §4.1.2.1, OpenID Connect Core §3.1.2.6) the pages explain in words. */
    private static final Set<String> EXPLAINED_ERRORS = Set.of("access_denied", "login_required", "consent_required",
            "interaction_required", "account_selection_required", "invalid_request", "unauthorized_client",
            "invalid_scope", "server_error", "temporarily_unavailable");

    private final RelyingPartySite site;
    private final BrokerClient broker;
    private final SessionStore sessions;
    private final Pages pages;
    private final URI home;
    private final URI redirectUri;
    private final String cookieName;
    private final boolean secureCookies;

    public RelyingPartyFlow(RelyingPartySite site, URI publicUrl, BrokerClient broker, SessionStore sessions, Pages pages) {
        this.site = site;
        this.broker = broker;
        this.sessions = sessions;
        this.pages = pages;
        this.home = URI.create(publicUrl + "/" + site.path() + "/");
        this.redirectUri = URI.create(publicUrl + "/" + site.path() + "/callback");
        this.cookieName = "bawaba_demo_" + site.path();
        this.secureCookies = "https".equals(publicUrl.getScheme());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Language lang = Language.FR;
        try {
            Map<String, String> parameters = Exchanges.parameters(exchange);
            // After sign-out the broker returns to the registered home URI with the language as the logout state.
            lang = Language.resolve(parameters.getOrDefault("lang", parameters.get("state")),
                    exchange.getRequestHeaders().getFirst("Accept-Language"));
            String route = exchange.getRequestURI().getPath().substring(site.path().length() + 1);
            switch (route) {
                case "" -> Exchanges.redirect(exchange, URI.create(home + "?lang=" + lang.tag()));
                case "/" -> {
                    if (allowed(exchange, lang, "GET", "HEAD")) {
                        home(exchange, lang);
                    }
                }
                case "/login" -> {
                    if (allowed(exchange, lang, "GET", "POST")) {
                        signIn(exchange, lang);
                    }
                }
                case "/callback" -> {
                    if (allowed(exchange, lang, "GET")) {
                        callback(exchange, lang, parameters);
                    }
                }
                case "/sector_identifier.json" -> {
                    if (allowed(exchange, lang, "GET", "HEAD")) {
                        sectorIdentifier(exchange);
                    }
                }
                case "/logout" -> {
                    if (allowed(exchange, lang, "POST")) {
                        signOut(exchange, lang, parameters);
                    }
                }
                default -> Exchanges.html(exchange, 404, pages.error(site, lang, "notFound.message", null));
            }
        } catch (RuntimeException e) {
            // Never a stack trace to the person: a localized page, and the failure in the log.
            LOG.log(Level.ERROR, "unexpected failure on /" + site.path() + "/: " + e);
            Exchanges.html(exchange, 500, pages.error(site, lang, "error.internal", null));
        }
    }

    private void home(HttpExchange exchange, Language lang) throws IOException {
        Optional<SignedIn> signedIn = session(exchange).flatMap(DemoSession::signedIn);
        html(exchange, 200, signedIn.map(s -> pages.signedIn(site, lang, s)).orElseGet(() -> pages.home(site, lang)));
    }

    private void signIn(HttpExchange exchange, Language lang) throws IOException {
        DemoSession session = session(exchange).orElseGet(() -> newSession(exchange));
        Pkce pkce = Pkce.s256();
        PendingSignIn pending = new PendingSignIn(Pkce.randomToken(24), Pkce.randomToken(24), pkce.verifier(), lang.tag(), sessions.now());
        try {
            URI authorization = broker.authorizationUrl(site, redirectUri, pending.state(), pending.nonce(), pkce, lang.tag());
            session.addPending(pending);
            redirect(exchange, authorization);
        } catch (SignInFailure failure) {
            fail(exchange, lang, failure);
        }
    }

    private void callback(HttpExchange exchange, Language requested, Map<String, String> parameters) throws IOException {
        Optional<DemoSession> session = session(exchange);
        Optional<PendingSignIn> pending = session.flatMap(s -> s.takePending(parameters.get("state"), sessions.now(), SIGN_IN_MAX_AGE));
        Language lang = pending.map(p -> Language.byTag(p.language())).orElse(requested);
        if (pending.isEmpty()) {
            LOG.log(Level.INFO, site.path() + ": callback with an unknown or expired state");
            html(exchange, 400, pages.error(site, lang, "error.state", null));
            return;
        }
        String error = parameters.get("error");
        if (error != null) {
            String description = parameters.get("error_description");
            LOG.log(Level.INFO, site.path() + ": the broker answered " + error);
            String key = EXPLAINED_ERRORS.contains(error) ? "error.oauth." + error : "error.oauth.other";
            html(exchange, 400, pages.error(site, lang, key, description == null ? error : error + " — " + description));
            return;
        }
        String code = parameters.get("code");
        if (code == null || code.isBlank()) {
            html(exchange, 400, pages.error(site, lang, "error.oauth.invalid_request", "no code"));
            return;
        }
        try {
            // RFC 9207: the iss parameter, when sent, must name our broker (mix-up defence).
            String iss = parameters.get("iss");
            if (iss != null && !iss.equals(broker.discovery().issuer())) {
                html(exchange, 400, pages.error(site, lang, "error.issuer", "iss"));
                return;
            }
            BrokerClient.Tokens tokens = broker.exchangeCode(site, code, redirectUri, pending.get().codeVerifier());
            JWTClaimsSet idToken = broker.verifyIdToken(site, tokens.idToken(), pending.get().nonce());
            Map<String, Object> userinfo = broker.userinfo(tokens.accessToken(), idToken.getSubject());
            // A new session id once signed in, so that an id planted before sign-in is worth nothing.
            sessions.remove(session.get().id());
            newSession(exchange).signIn(new SignedIn(tokens.idToken(), idToken.toJSONObject(), userinfo, Pkce.randomToken(24)));
            redirect(exchange, URI.create(home + "?lang=" + lang.tag()));
        } catch (SignInFailure failure) {
            fail(exchange, lang, failure);
        }
    }

    private void signOut(HttpExchange exchange, Language lang, Map<String, String> parameters) throws IOException {
        Optional<DemoSession> session = session(exchange);
        Optional<SignedIn> signedIn = session.flatMap(DemoSession::signedIn);
        if (signedIn.isEmpty()) {
            redirect(exchange, URI.create(home + "?lang=" + lang.tag()));
            return;
        }
        if (!constantTimeEquals(signedIn.get().csrfToken(), parameters.get("csrf"))) {
            html(exchange, 400, pages.error(site, lang, "error.csrf", null));
            return;
        }
        // The app forgets the person first; the broker then ends its own session and comes back home.
        sessions.remove(session.get().id());
        exchange.getResponseHeaders().add("Set-Cookie", cookieName + "=; Path=/" + site.path() + "/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : ""));
        try {
            redirect(exchange, broker.endSessionUrl(site, signedIn.get().idToken(), home, lang.tag()));
        } catch (SignInFailure failure) {
            fail(exchange, lang, failure);
        }
    }

    /**
     * The client's redirect URIs as a JSON array (OpenID Connect Core §8.1): the broker reads it to put a
     * client whose redirect URIs span several hosts (a web callback and a mobile app) in one pairwise sector.
     */
    private void sectorIdentifier(HttpExchange exchange) throws IOException {
        List<String> uris = new ArrayList<>(site.otherRedirectUris());
        uris.add(redirectUri.toString());
        Exchanges.send(exchange, 200, "application/json", JSONArrayUtils.toJSONString(uris).getBytes(StandardCharsets.UTF_8));
    }

    private void fail(HttpExchange exchange, Language lang, SignInFailure failure) throws IOException {
        LOG.log(Level.WARNING, site.path() + ": sign-in failed: " + failure.getMessage());
        int status = failure.reason() == SignInFailure.Reason.ID_TOKEN_INVALID ? 400 : 502;
        html(exchange, status, pages.error(site, lang, "error." + failure.reason().name(), failure.reason().name()));
    }

    private Optional<DemoSession> session(HttpExchange exchange) {
        return sessions.find(Exchanges.cookie(exchange, cookieName));
    }

    private DemoSession newSession(HttpExchange exchange) {
        DemoSession session = sessions.create();
        exchange.getResponseHeaders().add("Set-Cookie", cookieName + "=" + session.id() + "; Path=/" + site.path()
                + "/; HttpOnly; SameSite=Lax" + (secureCookies ? "; Secure" : ""));
        return session;
    }

    private boolean allowed(HttpExchange exchange, Language lang, String... methods) throws IOException {
        for (String method : methods) {
            if (method.equals(exchange.getRequestMethod())) {
                return true;
            }
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
        Exchanges.html(exchange, 405, pages.error(site, lang, "error.method", exchange.getRequestMethod()));
        return false;
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        Exchanges.html(exchange, status, page);
    }

    private static void redirect(HttpExchange exchange, URI location) throws IOException {
        Exchanges.redirect(exchange, location);
    }
}
