package org.bawaba.broker.e2e.support.pages;

import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;

/**
 * The form for an email address or a mobile number, typed twice: enrolment (bawaba-enrol-email, bawaba-enrol-phone)
 * or a change (the actions bawaba-update-email, bawaba-update-phone).
 */
public record ContactPage(Browser browser, Browser.Page page) {

    static final String FORM = "#bawaba-contact-form";

    public static ContactPage on(Browser browser, Browser.Page page) {
        return new ContactPage(browser, Pages.expect(page, FORM, "the enrolment form"));
    }

    public Browser.Page enter(String contact, String confirmation) {
        return browser.submit(page, FORM, Map.of("contact", contact, "contactConfirm", confirmation));
    }

    /** "Cancel": shown when an application started the action (kc_action). */
    public Browser.Page cancel() {
        return browser.submit(page, FORM, Map.of("cancel-aia", "true"));
    }

    public String messages() {
        return Pages.messages(page);
    }
}
