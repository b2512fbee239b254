package org.bawaba.demo.web;

import java.io.IOException;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.bawaba.demo.RelyingPartySite;

/** "/": links to the three e-services and the button kit; anything else unknown is a localized 404. */
public final class IndexPage implements HttpHandler {

    private final List<RelyingPartySite> sites;
    private final Pages pages;

    public IndexPage(List<RelyingPartySite> sites, Pages pages) {
        this.sites = sites;
        this.pages = pages;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Language lang = Language.resolve(Exchanges.query(exchange).get("lang"),
                exchange.getRequestHeaders().getFirst("Accept-Language"));
        boolean index = "/".equals(exchange.getRequestURI().getPath());
        Exchanges.html(exchange, index ? 200 : 404, pages.index(lang, sites, index ? null : "notFound.message"));
    }
}
