package org.bawaba.sms.devoutbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.common.util.HtmlUtils;
import org.keycloak.util.JsonSerialization;

/** DEVELOPMENT ONLY: the outbox as an HTML page (fr/en/ar, every value escaped with Keycloak's HtmlUtils) or as JSON. */
final class DevOutboxPage {

    private DevOutboxPage() {
    }

    static String html(List<DevOutbox.Entry> entries) {
        StringBuilder rows = new StringBuilder();
        for (DevOutbox.Entry entry : entries) {
            rows.append("<tr><td>").append(HtmlUtils.escapeAttribute(entry.time().toString()))
                    .append("</td><td dir=\"ltr\">").append(HtmlUtils.escapeAttribute(entry.to()))
                    .append("</td><td dir=\"auto\"><pre>").append(HtmlUtils.escapeAttribute(entry.text()))
                    .append("</pre></td><td>").append(HtmlUtils.escapeAttribute(entry.reference()))
                    .append("</td></tr>\n");
        }
        if (entries.isEmpty()) {
            rows.append("<tr><td colspan=\"4\">No message yet · Aucun message · لا توجد رسائل</td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="robots" content="noindex">
                <title>SMS outbox (development only)</title>
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
                <p>DEVELOPMENT ONLY — these texts were written to disk, not sent.</p>
                <p>DÉVELOPPEMENT UNIQUEMENT — ces SMS ont été écrits sur disque, pas envoyés.</p>
                <p dir="rtl" lang="ar">للتطوير فقط — كُتبت هذه الرسائل على القرص ولم تُرسَل.</p>
                </div>
                <h1>SMS outbox · Boîte d'envoi SMS · <span lang="ar">صندوق الرسائل القصيرة</span></h1>
                <table>
                <thead><tr><th>Time · Heure · الوقت</th><th>To · Destinataire · المرسل إليه</th>\
                <th>Text · Texte · النص</th><th>Reference · Référence · المرجع</th></tr></thead>
                <tbody>
                <!--rows--></tbody>
                </table>
                </body>
                </html>
                """.replace("<!--rows-->", rows);
    }

    static String json(List<DevOutbox.Entry> entries) {
        List<Map<String, String>> messages = entries.stream().map(entry -> {
            Map<String, String> message = new LinkedHashMap<>();
            message.put("id", entry.id());
            message.put("to", entry.to());
            message.put("text", entry.text());
            message.put("reference", entry.reference());
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
}
