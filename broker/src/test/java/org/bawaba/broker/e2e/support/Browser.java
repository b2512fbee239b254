package org.bawaba.broker.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a person's browser does with the broker's pages, over real HTTP: follows redirects inside the
 * broker, keeps cookies, submits HTML forms as they are rendered. It stops at the first redirect that
 * leaves the broker (back to a relying party) so that tests can read the authorization response.
 * Constructed with extra origins (e.g. the demo relying parties), it follows redirects to those too.
 *
 * <p>Keycloak marks its cookies Secure even on http://localhost; the JDK's cookie handler would drop
 * them, so this keeps its own jar (one host, localhost: cookies there ignore the port, as in browsers).
 */
public final class Browser {

    private static final int MAX_REDIRECTS = 20;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /**
     * Keyed by name and path: every realm has its own KEYCLOAK_IDENTITY, AUTH_SESSION_ID, ... under /realms/{name}/.
     * Concurrent, as several tabs of one browser share them.
     */
    private final Map<String, Cookie> cookies = new ConcurrentHashMap<>();
    private final List<URI> followedOrigins;
    /** Every address this browser requested, in order. */
    private final List<URI> requested = new CopyOnWriteArrayList<>();
    private String acceptLanguage = "fr";

    public Browser(String brokerBaseUrl) {
        this(brokerBaseUrl, new String[0]);
    }

    /** A browser that also follows redirects to these origins (scheme://host:port), e.g. a relying party. */
    public Browser(String brokerBaseUrl, String... alsoFollow) {
        this.followedOrigins = Stream.concat(Stream.of(brokerBaseUrl), Stream.of(alsoFollow)).map(URI::create).toList();
    }

    /** Gives this browser a cookie, as if a server had set it earlier (e.g. a browser identifier of a past visit). */
    public Browser withCookie(String name, String value, String path) {
        cookies.put(name + " " + path, new Cookie(name, value, path));
        return this;
    }

    public Browser acceptLanguage(String languageTag) {
        this.acceptLanguage = languageTag;
        return this;
    }

    /** Opens a URL and follows redirects for as long as they stay on the broker (or another followed origin). */
    public Page open(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Submits the given form with its rendered fields, overridden by {@code fields}. */
    public Page submit(Page page, String formSelector, Map<String, String> fields) {
        Element form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " on " + page.uri() + ":\n" + page.body());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
                continue;
            }
            values.put(input.attr("name"), input.val());
        }
        values.putAll(fields);
        URI action = page.uri().resolve(form.attr("action"));
        HttpRequest.Builder post = HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(values)));
        return follow(send(post));
    }

    public static String formEncode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page follow(HttpResponse<String> response) {
        for (int hops = 0; hops < MAX_REDIRECTS; hops++) {
            if (!isRedirect(response.statusCode())) {
                return new Page(response.uri(), response.statusCode(), response.body(), null);
            }
            URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (!followed(location)) {
                return new Page(response.uri(), response.statusCode(), response.body(), location);
            }
            response = send(HttpRequest.newBuilder(location).GET());
        }
        throw new AssertionError("more than " + MAX_REDIRECTS + " redirects from " + response.uri());
    }

    /** The value of a cookie this browser holds under the given path, if it holds one. */
    public java.util.Optional<String> cookie(String name, String path) {
        return java.util.Optional.ofNullable(cookies.get(name + " " + path)).map(Cookie::value);
    }

    /** Every address this browser requested so far (redirects it followed included), in order. */
    public List<URI> requested() {
        return List.copyOf(requested);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(30));
        URI uri = request.copy().build().uri();
        requested.add(uri);
        String cookieHeader = cookieHeader(uri);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response.headers().allValues("Set-Cookie"), response.uri());
            return response;
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void keepCookies(List<String> setCookies, URI uri) {
        for (String header : setCookies) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = defaultPath(uri);
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                if (attribute.regionMatches(true, 0, "path=/", 0, 6)) {
                    path = attribute.substring(5);
                }
            }
            boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name + " " + path);
            } else {
                cookies.put(name + " " + path, new Cookie(name, value, path));
            }
        }
    }

    /** The cookies for a request (RFC 6265 §5.4): those whose path matches, the longest path first. */
    private String cookieHeader(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return cookies.values().stream()
                .filter(cookie -> path.equals(cookie.path())
                        || path.startsWith(cookie.path().endsWith("/") ? cookie.path() : cookie.path() + "/"))
                .sorted(Comparator.comparingInt((Cookie cookie) -> cookie.path().length()).reversed())
                .map(cookie -> cookie.name() + "=" + cookie.value())
                .collect(Collectors.joining("; "));
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        return path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0 ? "/" : path.substring(0, path.lastIndexOf('/'));
    }

    private record Cookie(String name, String value, String path) {
    }

    private boolean followed(URI uri) {
        return followedOrigins.stream().anyMatch(origin -> origin.getScheme().equalsIgnoreCase(uri.getScheme())
                && origin.getHost().equalsIgnoreCase(uri.getHost())
                && origin.getPort() == uri.getPort());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** A response as the person would see it, or the redirect that left the broker. */
    public record Page(URI uri, int status, String body, URI leftBrokerTo) {

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        public boolean leftBroker() {
            return leftBrokerTo != null;
        }

        /** The query parameters of this page's own address. */
        public Map<String, String> query() {
            return QueryString.parse(uri.getRawQuery());
        }

        /**
         * Parameters of the redirect that left the broker (the authorization response), from its query
         * or, for fragment response modes, its fragment.
         */
        public Map<String, String> redirectParameters() {
            if (leftBrokerTo == null) {
                throw new AssertionError("still on the broker at " + uri + " (HTTP " + status + "):\n" + body);
            }
            Map<String, String> parameters = QueryString.parse(leftBrokerTo.getRawQuery());
            parameters.putAll(QueryString.parse(leftBrokerTo.getRawFragment()));
            return parameters;
        }
    }
}
