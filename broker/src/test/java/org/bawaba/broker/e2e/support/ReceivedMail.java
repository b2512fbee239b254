package org.bawaba.broker.e2e.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.keycloak.testframework.mail.MailServer;

/** An email as GreenMail (the test framework's MailServer) received it: subject, text part, HTML part. */
public record ReceivedMail(String subject, String text, Document html) {

    /** Every email received so far for {@code to}, oldest first. */
    public static List<ReceivedMail> to(MailServer mail, String to) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, to)).map(ReceivedMail::parse).toList();
    }

    /** An email whose recipients cannot be read fails the test: counted as "not for them", it would make zero counts pass. */
    private static boolean isTo(MimeMessage message, String to) {
        Address[] recipients;
        try {
            recipients = message.getRecipients(Message.RecipientType.TO);
        } catch (MessagingException e) {
            throw new AssertionError("unreadable recipients of an email: " + e, e);
        }
        return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(to));
    }

    private static ReceivedMail parse(MimeMessage message) {
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
            return new ReceivedMail(message.getSubject(), text, Jsoup.parse(html == null ? "" : html));
        } catch (Exception e) {
            throw new AssertionError("unreadable email: " + e, e);
        }
    }
}
