package org.bawaba.broker.e2e.support.pages;

import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;

/** Keycloak's forced password change (required action UPDATE_PASSWORD, theme bawaba). */
public record UpdatePasswordPage(Browser browser, Browser.Page page) {

    static final String FORM = "#kc-passwd-update-form";

    public static UpdatePasswordPage on(Browser browser, Browser.Page page) {
        return new UpdatePasswordPage(browser, Pages.expect(page, FORM, "the password change"));
    }

    public static boolean isShownOn(Browser.Page page) {
        return Pages.shows(page, FORM);
    }

    /** Types {@code password} as the new password and its confirmation. */
    public Browser.Page choose(String password) {
        return browser.submit(page, FORM, Map.of("password-new", password, "password-confirm", password));
    }
}
