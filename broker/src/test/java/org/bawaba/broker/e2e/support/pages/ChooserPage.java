package org.bawaba.broker.e2e.support.pages;

import java.util.List;
import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;
import org.jsoup.nodes.Element;

/** The front door's identity-provider chooser (theme bawaba): one tile per provider, and the way back to the service. */
public record ChooserPage(Browser browser, Browser.Page page) {

    static final String FORM = "#bawaba-chooser-form";

    public static ChooserPage on(Browser browser, Browser.Page page) {
        return new ChooserPage(browser, Pages.expect(page, FORM, "the front door's chooser"));
    }

    public static boolean isShownOn(Browser.Page page) {
        return Pages.shows(page, FORM);
    }

    /** The providers offered, in the order of the tiles. */
    public List<String> providers() {
        return page.document().select("button[name=provider]").eachAttr("value");
    }

    public boolean isDisabled(String alias) {
        Element button = page.document().selectFirst("#bawaba-choose-" + alias);
        if (button == null) {
            throw new AssertionError("no tile for " + alias + " on the chooser:\n" + page.body());
        }
        return button.hasAttr("disabled");
    }

    /** The text of a provider's tile (its name, badges, and why it cannot be used). */
    public String tileText(String alias) {
        return page.document().select("#bawaba-tile-" + alias).text();
    }

    /** Presses a provider's tile (also one shown disabled: a forged request); the page that follows. */
    public Browser.Page choose(String alias) {
        return browser.submit(page, FORM, Map.of("provider", alias));
    }

    /** Presses a provider's tile that leads to its password form. */
    public PasswordSignInPage chooseToSignIn(String alias) {
        return PasswordSignInPage.on(browser, choose(alias));
    }

    /** "Back to the service without signing in". */
    public Browser.Page backToService() {
        return browser.submit(page, "#bawaba-cancel-form", Map.of("cancel", "true"));
    }

    public String messages() {
        return Pages.messages(page);
    }
}
