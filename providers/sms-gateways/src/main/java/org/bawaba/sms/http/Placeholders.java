package org.bawaba.sms.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.bawaba.spi.sms.SmsMessage;
import org.keycloak.common.util.HtmlUtils;

/** Fills {@code ${to}}, {@code ${text}} and {@code ${reference}} in a template, escaped for where they land. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(to|text|reference)}");

    private Placeholders() {
    }

    /** Escaping for a request body of the given content type: JSON, form, XML; any other type is left raw. */
    static UnaryOperator<String> escapingFor(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.matches("application/[^;]*\\+json.*")) {
            return value -> new String(JsonStringEncoder.getInstance().quoteAsString(value));
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return Placeholders::urlEncode;
        }
        if (type.contains("xml")) {
            // The five characters XML reserves, as Keycloak escapes them for HTML.
            return HtmlUtils::escapeAttribute;
        }
        return UnaryOperator.identity();
    }

    static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One pass: a value that itself contains {@code ${to}} is never expanded again. */
    static String fill(String template, SmsMessage message, UnaryOperator<String> escaping) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + message.text().length() + 32);
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "to" -> message.to();
                case "text" -> message.text();
                default -> message.reference();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(escaping.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
