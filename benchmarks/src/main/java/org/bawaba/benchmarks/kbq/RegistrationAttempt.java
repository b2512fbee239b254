package org.bawaba.benchmarks.kbq;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.bawaba.benchmarks.CookieJar;
import org.bawaba.testsupport.AltchaSolver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser's account creation in realm {@code account}, as the front door starts it (client
 * {@code bawaba-front-door}, PKCE S256, Keycloak's registration endpoint, which runs the realm's registration flow
 * {@code account-registration}): the terms, then the identification (POST timed), then the questions (POST timed).
 * Only the POST that does the work is timed, from the request to the last byte of its answer; the redirects it may
 * answer are followed untimed, as a browser would.
 */
final class RegistrationAttempt {

    static final String REALM = "account";
    static final String CLIENT_ID = "bawaba-front-door";

    static final String TERMS_FORM = "#bawaba-kbq-terms-form";
    static final String IDENTIFY_FORM = "#bawaba-kbq-identify-form";
    static final String QUESTIONS_FORM = "#bawaba-kbq-questions-form";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** A page as the browser ends up showing it. */
    record Page(URI uri, int status, String body) {

        Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        boolean shows(String selector) {
            return document().selectFirst(selector) != null;
        }

        /** The page's messages: the alert and every field's, as text, each once. */
        String messages() {
            return String.join(" | ", new LinkedHashSet<>(document()
                    .select(".pf-v5-c-alert, .alert-error, .kc-feedback-text, [id$=-error]").eachText()));
        }

        /** The names of the questions the page asks. */
        List<String> questions() {
            return document().select(QUESTIONS_FORM + " input[name]").eachAttr("name");
        }

        String start() {
            return uri + " (HTTP " + status + "): " + body.substring(0, Math.min(400, body.length()));
        }
    }

    /** A timed POST: its own status and duration, and the page it led to. */
    record Timed(int status, long nanos, Page page) {
    }

    private final HttpClient http;
    private final URI baseUrl;
    private final CookieJar cookies = new CookieJar();
    private long solvingNanos;

    /** A new browser session (its own cookies) on the broker at {@code baseUrl}. */
    RegistrationAttempt(HttpClient http, URI baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** Opens a registration and accepts the terms: answers the identification page. */
    Page start() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", CLIENT_ID);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", baseUrl + "/realms/bawaba/broker/" + REALM + "/endpoint");
        query.put("state", token(16));
        query.put("nonce", token(16));
        query.put("code_challenge", BASE64URL.encodeToString(sha256(token(32))));
        query.put("code_challenge_method", "S256");
        Page terms = follow(send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + REALM
                + "/protocol/openid-connect/registrations?" + encode(query))).GET()));
        Page identify = submit(expect(terms, TERMS_FORM, "the terms page"), TERMS_FORM,
                Map.of("acceptTerms", "on")).page();
        return expect(identify, IDENTIFY_FORM, "the identification page");
    }

    /** Solves the page's captcha (untimed), then posts the identification (timed). */
    Timed identify(Page identifyPage, String kind, String identifier, String nationalId, String birthDate) {
        Element widget = identifyPage.document().selectFirst("altcha-widget");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("identifierKind", kind);
        fields.put("identifier", identifier);
        fields.put("nationalId", nationalId);
        fields.put("birthDate", birthDate);
        if (widget != null) {
            long started = System.nanoTime();
            fields.put("altcha", AltchaSolver.solve(widget.attr("challengejson")));
            solvingNanos += System.nanoTime() - started;
        }
        return submit(identifyPage, IDENTIFY_FORM, fields);
    }

    /** The time this browser spent solving captchas. */
    long solvingNanos() {
        return solvingNanos;
    }

    /** Posts the answers (timed). */
    Timed answer(Page questionsPage, Map<String, String> answers) {
        return submit(questionsPage, QUESTIONS_FORM, answers);
    }

    static Page expect(Page page, String form, String what) {
        if (!page.shows(form)) {
            throw new IllegalStateException("expected " + what + " (" + form + "), got " + page.start());
        }
        return page;
    }

    /** Submits a form with its rendered fields, overridden by {@code fields}; only the POST itself is timed. */
    private Timed submit(Page page, String formSelector, Map<String, String> fields) {
        Element form = page.document().selectFirst(formSelector);
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            boolean unticked = input.attr("type").matches("checkbox|radio") && !input.hasAttr("checked");
            if (!unticked) {
                values.put(input.attr("name"), input.val());
            }
        }
        values.putAll(fields);
        HttpRequest.Builder post = HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(values)));
        long started = System.nanoTime();
        HttpResponse<String> response = send(post);
        long nanos = System.nanoTime() - started;
        return new Timed(response.statusCode(), nanos, follow(response));
    }

    private Page follow(HttpResponse<String> response) {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (!location.getAuthority().equals(baseUrl.getAuthority())) {
                throw new IllegalStateException("the registration left the broker for " + location);
            }
            response = send(HttpRequest.newBuilder(location).GET());
        }
        return new Page(response.uri(), response.statusCode(), response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        URI uri = request.copy().build().uri();
        cookies.addTo(request.timeout(TIMEOUT).header("Accept-Language", "fr"), uri.getRawPath());
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.keepFrom(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(uri.getRawPath() + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String encode(Map<String, String> values) {
        StringJoiner encoded = new StringJoiner("&");
        values.forEach((name, value) -> encoded.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return encoded.toString();
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return BASE64URL.encodeToString(random);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
