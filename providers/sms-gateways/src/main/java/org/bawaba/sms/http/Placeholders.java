package org.bawaba.sms.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.bawaba.spi.sms.SmsMessage;

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
            return Placeholders::xmlEscape;
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

    private static String xmlEscape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
