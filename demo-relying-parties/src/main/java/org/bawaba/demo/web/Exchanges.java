package org.bawaba.demo.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** Reading requests and writing responses with the JDK's HTTP server. */
final class Exchanges {

    /** Form bodies larger than this are refused: the app's forms hold a few short fields. */
    private static final int MAX_FORM_BYTES = 8 * 1024;

    private Exchanges() {
    }

    static Map<String, String> query(HttpExchange exchange) {
        return parse(exchange.getRequestURI().getRawQuery());
    }

    /** Query parameters, and for a POST also its form fields. */
    static Map<String, String> parameters(HttpExchange exchange) throws IOException {
        Map<String, String> parameters = query(exchange);
        if ("POST".equals(exchange.getRequestMethod())) {
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readNBytes(MAX_FORM_BYTES + 1);
                if (bytes.length <= MAX_FORM_BYTES) {
                    parameters.putAll(parse(new String(bytes, StandardCharsets.UTF_8)));
                }
            }
        }
        return parameters;
    }

    static String cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                    return pair.substring(eq + 1).trim();
                }
            }
        }
        return null;
    }

    static void html(HttpExchange exchange, int status, String page) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange exchange, URI location) throws IOException {
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        securityHeaders(exchange);
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        securityHeaders(exchange);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static void securityHeaders(HttpExchange exchange) {
        var headers = exchange.getResponseHeaders();
        // Forms post to this app only; it then redirects to the broker.
        headers.set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        // The callback URL carries the authorization code: never leak it in a Referer.
        headers.set("Referrer-Policy", "no-referrer");
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // A malformed escape: ignore that pair, as browsers would never send it.
            }
        }
        return values;
    }
}
