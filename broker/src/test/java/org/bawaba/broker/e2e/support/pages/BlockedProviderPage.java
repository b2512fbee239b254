package org.bawaba.broker.e2e.support.pages;

import org.bawaba.broker.e2e.support.Browser;

/** The front door's page for a sign-in through a provider the account blocks: the provider, why, the way back to the chooser. */
public record BlockedProviderPage(Browser browser, Browser.Page page) {

    public static BlockedProviderPage on(Browser browser, Browser.Page page) {
        return new BlockedProviderPage(browser, Pages.expect(page, "#bawaba-blocked-why", "the blocked-provider page"));
    }

    public String provider() {
        return page.document().select("#bawaba-blocked-provider").text();
    }

    public String why() {
        return page.document().select("#bawaba-blocked-why").text();
    }

    /** "Choose another identity provider": back to the chooser, in the same login. */
    public ChooserPage backToChooser() {
        String href = page.document().select("#bawaba-blocked-back").attr("href");
        return ChooserPage.on(browser, browser.open(page.uri().resolve(href).toString()));
    }
}
