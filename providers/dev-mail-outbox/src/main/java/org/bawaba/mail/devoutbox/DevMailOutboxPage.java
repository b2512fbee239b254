package org.bawaba.mail.devoutbox;

import java.util.List;

import org.keycloak.common.util.HtmlUtils;

/**
 * DEVELOPMENT ONLY: the mail outbox as one HTML page, newest first, each mail's text version shown (every value
 * escaped; the HTML version is never rendered, so no mail can run anything on the page).
 */
final class DevMailOutboxPage {

    private DevMailOutboxPage() {
    }

    static String html(List<DevMailOutbox.Mail> mails) {
        StringBuilder items = new StringBuilder();
        for (DevMailOutbox.Mail mail : mails) {
            items.append("<article>\n<h2 dir=\"auto\">").append(escape(mail.subject())).append("</h2>\n")
                    .append("<p><span dir=\"ltr\">").append(escape(mail.to())).append("</span> · <time>")
                    .append(escape(String.valueOf(mail.time()))).append("</time></p>\n")
                    .append("<pre dir=\"auto\">").append(escape(mail.text())).append("</pre>\n</article>\n");
        }
        if (mails.isEmpty()) {
            items.append("<p>No mail yet · Aucun message · <span lang=\"ar\" dir=\"rtl\">لا توجد رسائل</span></p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="robots" content="noindex">
                <title>Mail outbox (development only)</title>
                <style>
                body{font-family:sans-serif;margin:1.5rem}
                .banner{background:#b00020;color:#fff;padding:.8rem 1rem;font-weight:bold;margin-bottom:1rem}
                article{border:1px solid #ccc;padding:.4rem 1rem;margin-bottom:1rem}
                h2{font-size:1.1rem}
                pre{white-space:pre-wrap;font-family:inherit}
                </style>
                </head>
                <body>
                <div class="banner" role="alert">
                <p lang="en">DEVELOPMENT ONLY — these mails were written to disk, not sent.</p>
                <p>DÉVELOPPEMENT UNIQUEMENT — ces courriels ont été écrits sur disque, pas envoyés.</p>
                <p dir="rtl" lang="ar">للتطوير فقط — كُتبت هذه الرسائل على القرص ولم تُرسَل.</p>
                </div>
                <h1>Mail outbox · Boîte d'envoi des courriels · <span lang="ar">صندوق البريد الإلكتروني</span></h1>
                <!--mails--></body>
                </html>
                """.replace("<!--mails-->", items);
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.escapeAttribute(value);
    }
}
