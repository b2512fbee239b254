package org.bawaba.broker.e2e.password;

import java.util.Arrays;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.keycloak.testframework.mail.MailServer;

/** The temporary-password email as GreenMail received it. */
record TemporaryPasswordMail(String subject, String text, Document html) {

    String password() {
        return html.selectFirst("#bawaba-temporary-password").text();
    }

    String login() {
        return html.selectFirst("#bawaba-login").text();
    }

    /** Waits for the next email to {@code to}, given how many that address had before. */
    static TemporaryPasswordMail awaitFor(MailServer mail, String to, int alreadyReceived) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] forThem = Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, to)).toArray(MimeMessage[]::new);
            if (forThem.length > alreadyReceived) {
                return parse(forThem[forThem.length - 1]);
            }
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no email to " + to);
    }

    static int countFor(MailServer mail, String to) {
        return (int) Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, to)).count();
    }

    private static boolean isTo(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(to));
        } catch (Exception e) {
            return false;
        }
    }

    private static TemporaryPasswordMail parse(MimeMessage message) {
        try {
            String text = null;
            String html = null;
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            } else {
                html = content.toString();
            }
            return new TemporaryPasswordMail(message.getSubject(), text, Jsoup.parse(html == null ? "" : html));
        } catch (Exception e) {
            throw new AssertionError("unreadable email: " + e, e);
        }
    }
}
