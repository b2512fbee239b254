package org.bawaba.broker.e2e.password;

import java.util.List;
import java.util.function.Predicate;

import org.bawaba.broker.e2e.support.ReceivedMail;
import org.jsoup.nodes.Document;
import org.keycloak.testframework.mail.MailServer;

/**
 * The temporary-password email as GreenMail received it. The same address also gets sign-in codes (the account
 * realm's flow asks for one after the password), so each kind is counted and awaited on its own. Other tests use it
 * for the other emails a person gets (codes, notices), told apart by an element of their HTML.
 */
public record TemporaryPasswordMail(String subject, String text, Document html) {

    public String password() {
        return html.selectFirst("#bawaba-temporary-password").text();
    }

    public String login() {
        return html.selectFirst("#bawaba-login").text();
    }

    private boolean holdsTemporaryPassword() {
        return html.selectFirst("#bawaba-temporary-password") != null;
    }

    private boolean holdsCode() {
        return html.selectFirst("#bawaba-code") != null;
    }

    /** Waits for the next temporary-password email to {@code to}, given how many of them that address had before. */
    public static TemporaryPasswordMail awaitFor(MailServer mail, String to, int alreadyReceived) {
        return awaitNext(mail, to, alreadyReceived, TemporaryPasswordMail::holdsTemporaryPassword, "temporary password");
    }

    /** Temporary-password emails to {@code to}. */
    public static int countFor(MailServer mail, String to) {
        return received(mail, to, TemporaryPasswordMail::holdsTemporaryPassword).size();
    }

    /** Waits for the next one-time-code email to {@code to}, given how many of them that address had before; its code. */
    public static String awaitCodeFor(MailServer mail, String to, int alreadyReceived) {
        return awaitNext(mail, to, alreadyReceived, TemporaryPasswordMail::holdsCode, "one-time code")
                .html.selectFirst("#bawaba-code").text();
    }

    /** One-time-code emails to {@code to}. */
    public static int countCodesFor(MailServer mail, String to) {
        return received(mail, to, TemporaryPasswordMail::holdsCode).size();
    }

    /** Waits for the next email to {@code to} whose HTML holds {@code selector}, given how many such it had before. */
    public static TemporaryPasswordMail awaitWith(MailServer mail, String to, int alreadyReceived, String selector) {
        return awaitNext(mail, to, alreadyReceived, m -> m.html.selectFirst(selector) != null, selector);
    }

    /** Emails to {@code to} whose HTML holds {@code selector}. */
    public static int countWith(MailServer mail, String to, String selector) {
        return received(mail, to, m -> m.html.selectFirst(selector) != null).size();
    }

    private static TemporaryPasswordMail awaitNext(MailServer mail, String to, int alreadyReceived,
                                                   Predicate<TemporaryPasswordMail> kind, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<TemporaryPasswordMail> forThem = received(mail, to, kind);
            if (forThem.size() > alreadyReceived) {
                return forThem.get(forThem.size() - 1);
            }
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no " + what + " email to " + to);
    }

    private static List<TemporaryPasswordMail> received(MailServer mail, String to, Predicate<TemporaryPasswordMail> kind) {
        return ReceivedMail.to(mail, to).stream().map(m -> new TemporaryPasswordMail(m.subject(), m.text(), m.html()))
                .filter(kind).toList();
    }
}
