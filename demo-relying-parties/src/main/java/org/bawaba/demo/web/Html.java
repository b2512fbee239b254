package org.bawaba.demo.web;

/**
 * Escaping for text and attribute values in the pages. The providers use Keycloak's {@code HtmlUtils}; this app is
 * a relying party that integrators copy, standalone on the JDK and nimbus-jose-jwt, so it keeps its own.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
