package org.bawaba.broker.e2e.support.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.broker.e2e.support.Browser;
import org.jsoup.nodes.Element;

/**
 * The pages of an account creation in the account realm (bawaba-enrolment): the way to create it, terms, the chip
 * e-ID's identification mode, the data released, the last page, and the page for a person who has an account.
 */
public final class EnrolmentPages {

    static final String PATH_FORM = "#bawaba-enrol-path-form";
    static final String TERMS_FORM = "#bawaba-enrol-terms-form";
    static final String MODE_FORM = "#bawaba-enrol-mode-form";
    static final String RELEASE_FORM = "#bawaba-enrol-release-form";
    static final String ACCOUNT_FORM = "#bawaba-enrol-account-form";

    private EnrolmentPages() {
    }

    public static boolean isPathPage(Browser.Page page) {
        return Pages.shows(page, PATH_FORM);
    }

    /** The ways offered ("chip", "questions"), in order. */
    public static List<String> paths(Browser.Page page) {
        return Pages.expect(page, PATH_FORM, "the page of the ways to create an account").document()
                .select(PATH_FORM + " input[name=path]").eachAttr("value");
    }

    public static Browser.Page choosePath(Browser browser, Browser.Page page, String path) {
        return browser.submit(Pages.expect(page, PATH_FORM, "the page of the ways to create an account"), PATH_FORM,
                Map.of("path", path));
    }

    public static boolean isTermsPage(Browser.Page page) {
        return Pages.shows(page, TERMS_FORM);
    }

    /** Which terms the page shows ("account", "eid") and their version. */
    public static String termsDocument(Browser.Page page) {
        return Pages.expect(page, TERMS_FORM, "a terms page").document().selectFirst("#bawaba-enrol-terms")
                .attr("data-document");
    }

    public static Browser.Page acceptTerms(Browser browser, Browser.Page page) {
        return browser.submit(Pages.expect(page, TERMS_FORM, "a terms page"), TERMS_FORM, Map.of("acceptTerms", "on"));
    }

    public static Browser.Page submitTermsUnticked(Browser browser, Browser.Page page) {
        return browser.submit(Pages.expect(page, TERMS_FORM, "a terms page"), TERMS_FORM, Map.of());
    }

    public static boolean isModePage(Browser.Page page) {
        return Pages.shows(page, MODE_FORM);
    }

    public static List<String> modes(Browser.Page page) {
        return Pages.expect(page, MODE_FORM, "the identification modes").document()
                .select(MODE_FORM + " input[name=mode]").eachAttr("value");
    }

    /** Chooses a mode: the next page is the chip page (QR code). */
    public static Browser.Page chooseMode(Browser browser, Browser.Page page, String mode) {
        return browser.submit(Pages.expect(page, MODE_FORM, "the identification modes"), MODE_FORM, Map.of("mode", mode));
    }

    public static boolean isReleasePage(Browser.Page page) {
        return Pages.shows(page, RELEASE_FORM);
    }

    /** The rows of a page showing what the chip said: field name to the value shown. */
    public static Map<String, String> identity(Browser.Page page) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element row : page.document().select("#bawaba-enrol-identity [data-field]")) {
            rows.put(row.attr("data-field"), row.selectFirst("dd").text());
        }
        return rows;
    }

    public static boolean showsPortrait(Browser.Page page) {
        Element portrait = page.document().selectFirst("#bawaba-enrol-portrait");
        return portrait != null && portrait.attr("src").startsWith("data:image/");
    }

    /** "Select all", then "I accept". */
    public static Browser.Page release(Browser browser, Browser.Page page) {
        return browser.submit(Pages.expect(page, RELEASE_FORM, "the release page"), RELEASE_FORM,
                Map.of("selectAll", "on", "release", "true"));
    }

    public static Browser.Page acceptWithoutSelecting(Browser browser, Browser.Page page) {
        return browser.submit(Pages.expect(page, RELEASE_FORM, "the release page"), RELEASE_FORM,
                Map.of("release", "true"));
    }

    public static Browser.Page leave(Browser browser, Browser.Page page, String formSelector) {
        return browser.submit(page, formSelector, Map.of("leave", "true"));
    }

    public static boolean isAccountPage(Browser.Page page) {
        return Pages.shows(page, ACCOUNT_FORM);
    }

    public static String login(Browser.Page page) {
        return Pages.expect(page, ACCOUNT_FORM, "the last page").document().selectFirst("#bawaba-enrol-login").text();
    }

    /** "Send": the account is created and a temporary password emailed; the next page asks to sign in. */
    public static Browser.Page send(Browser browser, Browser.Page page) {
        return browser.submit(Pages.expect(page, ACCOUNT_FORM, "the last page"), ACCOUNT_FORM, Map.of("create", "true"));
    }

    public static boolean isExistingAccountPage(Browser.Page page) {
        return page.document().selectFirst("#bawaba-enrol-existing") != null;
    }

    /** "Step N of M" as {N, M}, or null when the page shows none. */
    public static int[] step(Browser.Page page) {
        Element bar = page.document().selectFirst("#bawaba-progress[data-step]");
        return bar == null ? null : new int[] {Integer.parseInt(bar.attr("data-step")), Integer.parseInt(bar.attr("data-steps"))};
    }
}
