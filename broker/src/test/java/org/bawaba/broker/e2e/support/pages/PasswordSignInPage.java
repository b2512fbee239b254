package org.bawaba.broker.e2e.support.pages;

import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.TestUsers;
import org.keycloak.representations.idm.UserRepresentation;

/** A provider's username-and-password form (Keycloak's login form, theme bawaba), e.g. in the account realm. */
public record PasswordSignInPage(Browser browser, Browser.Page page) {

    static final String FORM = "#kc-form-login";

    public static PasswordSignInPage on(Browser browser, Browser.Page page) {
        return new PasswordSignInPage(browser, Pages.expect(page, FORM, "a password form"));
    }

    public static boolean isShownOn(Browser.Page page) {
        return Pages.shows(page, FORM);
    }

    /** Opens {@code url} (an authorization request) and expects the password form there. */
    public static PasswordSignInPage open(Browser browser, String url) {
        return on(browser, browser.open(url));
    }

    /** The realm whose form this is, from its address (/realms/{realm}/...). */
    public String realm() {
        String[] segments = page.uri().getPath().split("/");
        return segments.length > 2 && "realms".equals(segments[1]) ? segments[2] : "";
    }

    public Browser.Page signIn(String username, String password) {
        return browser.submit(page, FORM, Map.of("username", username, "password", password));
    }

    /** Signs in as a test user with the test password. */
    public Browser.Page signIn(UserRepresentation user) {
        return signIn(user.getUsername(), TestUsers.PASSWORD);
    }

    /** Signs in as a test user with the test password and expects the code step next. */
    public CodePage signInToCode(UserRepresentation user) {
        return CodePage.on(browser, signIn(user));
    }

    public String messages() {
        return Pages.messages(page);
    }
}
