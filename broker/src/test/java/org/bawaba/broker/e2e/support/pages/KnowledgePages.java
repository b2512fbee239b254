package org.bawaba.broker.e2e.support.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;
import org.jsoup.nodes.Element;

/**
 * The pages of an account creation or a password recovery by questions (bawaba-knowledge-questions): terms,
 * identification, questions, the password, and the pages that end it early.
 */
public final class KnowledgePages {

    static final String TERMS_FORM = "#bawaba-kbq-terms-form";
    static final String IDENTIFY_FORM = "#bawaba-kbq-identify-form";
    static final String QUESTIONS_FORM = "#bawaba-kbq-questions-form";
    static final String PASSWORD_FORM = "#bawaba-kbq-password-form";

    private KnowledgePages() {
    }

    /** The terms page: accepting it goes on to the identification. */
    public static Browser.Page acceptTerms(Browser browser, Browser.Page page) {
        return browser.submit(Pages.expect(page, TERMS_FORM, "the terms page"), TERMS_FORM, Map.of("acceptTerms", "on"));
    }

    public static boolean isIdentifyPage(Browser.Page page) {
        return Pages.shows(page, IDENTIFY_FORM);
    }

    public static boolean isQuestionsPage(Browser.Page page) {
        return Pages.shows(page, QUESTIONS_FORM);
    }

    public static boolean isPasswordPage(Browser.Page page) {
        return Pages.shows(page, PASSWORD_FORM);
    }

    /** The challenge the identification page embeds for the captcha widget, or null when it has none. */
    public static String captchaChallenge(Browser.Page page) {
        Element widget = Pages.expect(page, IDENTIFY_FORM, "the identification page").document().selectFirst("altcha-widget");
        return widget == null ? null : widget.attr("challengejson");
    }

    /**
     * Submits the identification form: {@code kind} REGISTRATION_NUMBER or EMPLOYER_ID, and the captcha field
     * {@code captcha} as given (null: the field is left out).
     */
    public static Browser.Page identify(Browser browser, Browser.Page page, String kind, String identifier,
                                        String nationalId, String birthDate, String captcha) {
        Map<String, String> fields = new HashMap<>(Map.of("identifierKind", kind, "identifier", identifier,
                "nationalId", nationalId, "birthDate", birthDate));
        if (captcha != null) {
            fields.put("altcha", captcha);
        }
        return browser.submit(Pages.expect(page, IDENTIFY_FORM, "the identification page"), IDENTIFY_FORM, fields);
    }

    /** The names of the questions the page asks, in order (BANK_ACCOUNT_LAST8, CIVIL_STATUS_NUMBER, EMPLOYER_ID). */
    public static List<String> questions(Browser.Page page) {
        return Pages.expect(page, QUESTIONS_FORM, "the questions page").document()
                .select(QUESTIONS_FORM + " input[name]").eachAttr("name");
    }

    public static Browser.Page answer(Browser browser, Browser.Page page, Map<String, String> answers) {
        return browser.submit(Pages.expect(page, QUESTIONS_FORM, "the questions page"), QUESTIONS_FORM, answers);
    }

    public static Browser.Page choosePassword(Browser browser, Browser.Page page, String password, String confirmation) {
        return browser.submit(Pages.expect(page, PASSWORD_FORM, "the password page"), PASSWORD_FORM,
                Map.of("password-new", password, "password-confirm", confirmation));
    }

    /** The value of the progress bar, or -1 when the page has none. */
    public static int progress(Browser.Page page) {
        Element bar = page.document().selectFirst("#bawaba-progress-bar");
        return bar == null ? -1 : Integer.parseInt(bar.attr("value"));
    }

    /** The page's messages, the alert and every field's, as text. */
    public static String messages(Browser.Page page) {
        return page.document().select(".pf-v5-c-alert, .alert-error, .kc-feedback-text, [id$=-error]").text();
    }
}
