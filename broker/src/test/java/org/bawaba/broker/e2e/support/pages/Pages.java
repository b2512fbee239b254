package org.bawaba.broker.e2e.support.pages;

import org.bawaba.broker.e2e.support.Browser;

/** What every page object needs: to recognise its page by a form, and the messages a page shows. */
public final class Pages {

    private Pages() {
    }

    /** Fails with the page's body unless {@code page} holds an element matching {@code selector}. */
    static Browser.Page expect(Browser.Page page, String selector, String what) {
        if (page.document().select(selector).isEmpty()) {
            throw new AssertionError("expected " + what + " (" + selector + ") at " + page.uri() + " (HTTP "
                    + page.status() + "):\n" + page.body());
        }
        return page;
    }

    /** Whether {@code page} is the broker's or a provider's page holding {@code selector}. */
    static boolean shows(Browser.Page page, String selector) {
        return !page.leftBroker() && !page.document().select(selector).isEmpty();
    }

    /** The error, warning and field messages a page shows (Keycloak's alert, the theme's field errors). */
    public static String messages(Browser.Page page) {
        return page.document().select(".pf-v5-c-alert, .alert-error, .kc-feedback-text, #input-error").text();
    }
}
