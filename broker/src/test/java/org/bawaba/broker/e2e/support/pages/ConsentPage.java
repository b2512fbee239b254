package org.bawaba.broker.e2e.support.pages;

import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;

/** The front door's consent page (login-oauth-grant.ftl): which service asks, what it will receive; yes or no. */
public record ConsentPage(Browser browser, Browser.Page page) {

    static final String FORM = "#kc-oauth-form";

    public static ConsentPage on(Browser browser, Browser.Page page) {
        return new ConsentPage(browser, Pages.expect(page, FORM, "the consent page"));
    }

    public static boolean isShownOn(Browser.Page page) {
        return Pages.shows(page, FORM);
    }

    public Browser.Page accept() {
        return browser.submit(page, FORM, Map.of("accept", ""));
    }

    public Browser.Page refuse() {
        return browser.submit(page, FORM, Map.of("cancel", ""));
    }
}
