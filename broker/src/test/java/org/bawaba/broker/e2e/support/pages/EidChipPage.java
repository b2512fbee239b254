package org.bawaba.broker.e2e.support.pages;

import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;

/**
 * The e-ID provider's chip sign-in page (template bawaba-eid-chip.ftl): the QR code and its link while scanning,
 * "not finished yet", or a refusal with its reason; "continue", "try again" and "choose another way".
 */
public record EidChipPage(Browser browser, Browser.Page page) {

    static final String PAGE = "#bawaba-eid";
    static final String FORM = "#bawaba-eid-form";

    public static EidChipPage on(Browser browser, Browser.Page page) {
        return new EidChipPage(browser, Pages.expect(page, PAGE, "the chip sign-in page"));
    }

    public static boolean isShownOn(Browser.Page page) {
        return Pages.shows(page, PAGE);
    }

    /** scan, pending or refused. */
    public String mode() {
        return page.document().selectFirst(PAGE).attr("data-mode");
    }

    /** The link the QR code draws and "open the app" opens: what the phone receives. */
    public String appLink() {
        return page.document().selectFirst("#bawaba-eid-open-app").attr("href");
    }

    public String confirmationCode() {
        return page.document().selectFirst("#bawaba-eid-code").text();
    }

    /** Where the page polls the transaction's state, with this browser's cookies. */
    public String statusUrl() {
        String script = page.document().select("script").html();
        int start = script.indexOf("var statusUrl = \"") + "var statusUrl = \"".length();
        return script.substring(start, script.indexOf('"', start)).replace("\\/", "/");
    }

    /** The refusal's machine name (data-reason) on a refusal page. */
    public String refusal() {
        return page.document().selectFirst("#bawaba-eid-refusal-reason").attr("data-reason");
    }

    public String refusalText() {
        return page.document().selectFirst("#bawaba-eid-refusal-reason").text();
    }

    /** What the page's script does when the phone is done, and a person without script does by hand. */
    public Browser.Page continueSignIn() {
        return browser.submit(page, FORM, Map.of("continue", "true"));
    }

    public EidChipPage tryAgain() {
        return on(browser, browser.submit(page, FORM, Map.of("retry", "true")));
    }

    /** "Choose another way": back to the front door's chooser. */
    public Browser.Page chooseAnotherWay() {
        return browser.submit(page, FORM, Map.of("cancel", "true"));
    }

    public boolean canTryAgain() {
        return page.document().selectFirst("#bawaba-eid-retry") != null;
    }
}
