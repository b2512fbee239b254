package org.bawaba.devoutbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.common.util.HtmlUtils;
import org.keycloak.util.JsonSerialization;

/**
 * DEVELOPMENT ONLY: an outbox as an HTML page (fr/en/ar, every value escaped with Keycloak's HtmlUtils; a mail's HTML
 * version is never rendered) or as JSON.
 */
final class DevOutboxPage {

    private DevOutboxPage() {
    }

    static String html(DevOutbox.Channel channel, List<DevOutbox.Entry> entries) {
        boolean mail = channel == DevOutbox.Channel.MAIL;
        StringBuilder rows = new StringBuilder();
        for (DevOutbox.Entry entry : entries) {
            rows.append("<tr><td>").append(escape(entry.time().toString()))
                    .append("</td><td dir=\"ltr\">").append(escape(entry.to()))
                    .append(mail ? "</td><td dir=\"auto\">" + escape(entry.subject()) : "")
                    .append("</td><td dir=\"auto\"><pre>").append(escape(entry.text()))
                    .append(mail ? "</pre>" : "</pre></td><td>" + escape(entry.reference()))
                    .append("</td></tr>\n");
        }
        if (entries.isEmpty()) {
            rows.append("<tr><td colspan=\"4\">No message yet · Aucun message · <span lang=\"ar\">لا توجد رسائل</span></td></tr>\n");
        }
        String what = mail
                ? "<p>DEVELOPMENT ONLY — these mails were written to disk, not sent.</p>\n"
                + "<p>DÉVELOPPEMENT UNIQUEMENT — ces courriels ont été écrits sur disque, pas envoyés.</p>\n"
                + "<p dir=\"rtl\" lang=\"ar\">للتطوير فقط — كُتبت هذه الرسائل على القرص ولم تُرسَل.</p>\n"
                : "<p>DEVELOPMENT ONLY — these texts were written to disk, not sent.</p>\n"
                + "<p>DÉVELOPPEMENT UNIQUEMENT — ces SMS ont été écrits sur disque, pas envoyés.</p>\n"
                + "<p dir=\"rtl\" lang=\"ar\">للتطوير فقط — كُتبت هذه الرسائل على القرص ولم تُرسَل.</p>\n";
        String title = mail
                ? "Mail outbox · Boîte d'envoi des courriels · <span lang=\"ar\">صندوق البريد الإلكتروني</span>"
                : "SMS outbox · Boîte d'envoi SMS · <span lang=\"ar\">صندوق الرسائل القصيرة</span>";
        String headings = "<th>Time · Heure · الوقت</th><th>To · Destinataire · المرسل إليه</th>"
                + (mail ? "<th>Subject · Objet · الموضوع</th>" : "")
                + "<th>Text · Texte · النص</th>"
                + (mail ? "" : "<th>Reference · Référence · المرجع</th>");
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="robots" content="noindex">
                <title><!--plain-title--> (development only)</title>
                <style>
                body{font-family:sans-serif;margin:1.5rem}
                .banner{background:#b00020;color:#fff;padding:.8rem 1rem;font-weight:bold;margin-bottom:1rem}
                table{border-collapse:collapse;width:100%}
                th,td{border:1px solid #ccc;padding:.4rem;text-align:start;vertical-align:top}
                pre{margin:0;white-space:pre-wrap;font-family:inherit}
                </style>
                </head>
                <body>
                <div class="banner" role="alert">
                <!--what--></div>
                <h1><!--title--></h1>
                <table>
                <thead><tr><!--headings--></tr></thead>
                <tbody>
                <!--rows--></tbody>
                </table>
                </body>
                </html>
                """.replace("<!--plain-title-->", mail ? "Mail outbox" : "SMS outbox")
                .replace("<!--what-->", what).replace("<!--title-->", title).replace("<!--headings-->", headings)
                .replace("<!--rows-->", rows);
    }

    static String json(List<DevOutbox.Entry> entries) {
        List<Map<String, String>> messages = entries.stream().map(entry -> {
            Map<String, String> message = new LinkedHashMap<>();
            message.put("id", entry.id());
            message.put("to", entry.to());
            if (entry.subject() != null) {
                message.put("subject", entry.subject());
            }
            message.put("text", entry.text());
            if (entry.reference() != null) {
                message.put("reference", entry.reference());
            }
            message.put("time", entry.time().toString());
            return message;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("developmentOnly", true);
        body.put("messages", messages);
        try {
            return JsonSerialization.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.escapeAttribute(value);
    }
}
