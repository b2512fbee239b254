package org.bawaba.portal.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addresses a relying party registers: redirect URIs, post-logout URIs, the back-channel logout URL. Each is
 * matched exactly by the front door, so each must be given in full: https, no wildcard, no fragment, no user
 * name. Plain http is accepted only on the loopback interface, and only in the sandbox. A mobile application may
 * use a private-use scheme named after a domain it owns ({@code ma.cimr.dialcom:/callback}, RFC 8252 §7.1).
 */
public final class Addresses {

    public static final int MAX_LENGTH = 512;
    public static final int MAX_COUNT = 10;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Pattern PRIVATE_USE_SCHEME = Pattern.compile("[a-z][a-z0-9+-]*(\\.[a-z0-9+-]+)+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{5,19}");

    private Addresses() {
    }

    /** Where a relying party may be sent back: web addresses, or an app's private-use scheme. */
    public static void redirectUris(String field, List<String> values, boolean production, List<Violation> violations) {
        list(field, values, production, true, violations);
    }

    /** Where a relying party may be sent after signing out: web addresses only. */
    public static void postLogoutUris(String field, List<String> values, boolean production, List<Violation> violations) {
        list(field, values, production, false, violations);
    }

    public static void backchannelLogoutUrl(String field, String value, boolean production, List<Violation> violations) {
        if (value != null && !value.isBlank()) {
            check(field, value, production, false, violations);
        }
    }

    public static void email(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "text.required"));
        } else if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            violations.add(Violation.of(field, "email.invalid"));
        }
    }

    public static void phone(String field, String value, List<Violation> violations) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            violations.add(Violation.of(field, "phone.invalid"));
        }
    }

    /**
     * The hosts of the redirect addresses, a private-use scheme counting as no host: a pairwise subject is computed
     * from the one host of a client's addresses, so Keycloak refuses a pairwise client whose addresses have several.
     */
    public static java.util.Set<String> hosts(List<String> values) {
        java.util.Set<String> hosts = new java.util.HashSet<>();
        if (values != null) {
            for (String value : values) {
                try {
                    String host = new URI(value).getHost();
                    hosts.add(host == null ? null : host.toLowerCase(Locale.ROOT));
                } catch (URISyntaxException | NullPointerException e) {
                    // refused by the address rules
                }
            }
        }
        return hosts;
    }

    private static void list(String field, List<String> values, boolean production, boolean appSchemes,
                             List<Violation> violations) {
        if (values == null) {
            return;
        }
        if (values.size() > MAX_COUNT) {
            violations.add(Violation.of(field, "uri.tooMany", MAX_COUNT));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            check(field + "[" + i + "]", values.get(i), production, appSchemes, violations);
        }
    }

    private static void check(String field, String value, boolean production, boolean appSchemes, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "text.required"));
            return;
        }
        if (value.length() > MAX_LENGTH) {
            violations.add(Violation.of(field, "text.tooLong", MAX_LENGTH));
            return;
        }
        if (value.contains("*")) {
            violations.add(Violation.of(field, "uri.wildcard"));
            return;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            violations.add(Violation.of(field, "uri.invalid"));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !value.equals(value.strip())) {
            violations.add(Violation.of(field, "uri.invalid"));
        } else if (uri.getRawFragment() != null || value.contains("#")) {
            violations.add(Violation.of(field, "uri.fragment"));
        } else if (uri.getRawUserInfo() != null) {
            violations.add(Violation.of(field, "uri.userInfo"));
        } else if ("https".equals(scheme)) {
            if (uri.getHost() == null) {
                violations.add(Violation.of(field, "uri.invalid"));
            } else if (production && isLoopback(uri)) {
                violations.add(Violation.of(field, "uri.loopbackInProduction"));
            }
        } else if ("http".equals(scheme)) {
            if (uri.getHost() == null) {
                violations.add(Violation.of(field, "uri.invalid"));
            } else if (!isLoopback(uri)) {
                violations.add(Violation.of(field, "uri.https"));
            } else if (production) {
                violations.add(Violation.of(field, "uri.loopbackInProduction"));
            }
        } else if (!(appSchemes && PRIVATE_USE_SCHEME.matcher(scheme).matches())) {
            violations.add(Violation.of(field, appSchemes ? "uri.schemeOrApp" : "uri.https"));
        }
    }

    private static boolean isLoopback(URI uri) {
        return LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }
}
