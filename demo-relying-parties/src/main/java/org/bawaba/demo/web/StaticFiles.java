package org.bawaba.demo.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves a classpath folder (the button kit, the demo pages' stylesheet) under a URL prefix. Only plain
 * file names are served, so no path can climb out of the folder.
 */
public final class StaticFiles implements HttpHandler {

    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(svg|css|html|md)");
    private static final Map<String, String> TYPES = Map.of(
            "svg", "image/svg+xml",
            "css", "text/css; charset=utf-8",
            // Snippets are served as source, to be copied; the index is the kit's preview page.
            "html", "text/plain; charset=utf-8",
            "md", "text/plain; charset=utf-8");

    private final String urlPrefix;
    private final String folder;
    private final Pages pages;

    public StaticFiles(String urlPrefix, String folder, Pages pages) {
        this.urlPrefix = urlPrefix;
        this.folder = folder;
        this.pages = pages;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(urlPrefix.length());
        if (name.isEmpty()) {
            name = "index.html";
        }
        Language lang = Language.resolve(null, exchange.getRequestHeaders().getFirst("Accept-Language"));
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Exchanges.html(exchange, 405, pages.index(lang, List.of(), "error.method"));
            return;
        }
        byte[] content = FILE_NAME.matcher(name).matches() ? read(folder + "/" + name) : null;
        if (content == null) {
            Exchanges.html(exchange, 404, pages.index(lang, List.of(), "notFound.message"));
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = "index.html".equals(name) ? "text/html; charset=utf-8" : TYPES.get(extension);
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
        Exchanges.send(exchange, 200, type, content);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
