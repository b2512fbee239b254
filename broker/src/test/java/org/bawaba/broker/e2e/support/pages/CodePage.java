package org.bawaba.broker.e2e.support.pages;

import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;

/** The one-time-code step (bawaba-sms-code, bawaba-email-code and the enrolment codes): the code, and a resend. */
public record CodePage(Browser browser, Browser.Page page) {

    static final String FORM = "#bawaba-code-form";

    public static CodePage on(Browser browser, Browser.Page page) {
        return new CodePage(browser, Pages.expect(page, FORM, "the code step"));
    }

    public static boolean isShownOn(Browser.Page page) {
        return Pages.shows(page, FORM);
    }

    public Browser.Page enter(String code) {
        return browser.submit(page, FORM, Map.of("code", code));
    }

    public Browser.Page resend() {
        return browser.submit(page, "#bawaba-resend-form", Map.of("resend", "true"));
    }

    /** "Cancel": shown when an application started the action (kc_action). */
    public Browser.Page cancel() {
        return browser.submit(page, "#bawaba-resend-form", Map.of("cancel-aia", "true"));
    }

    public boolean resendIsDisabled() {
        return page.document().selectFirst("#bawaba-resend").hasAttr("disabled");
    }

    public String messages() {
        return Pages.messages(page);
    }
}
