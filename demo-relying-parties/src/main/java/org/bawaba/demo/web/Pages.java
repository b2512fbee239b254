package org.bawaba.demo.web;

import static org.bawaba.demo.web.Html.escape;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bawaba.demo.RelyingPartySite;
import org.bawaba.demo.session.SignedIn;

/** The HTML of the demo pages: an e-service home with the button kit, the signed-in page, error pages. */
public final class Pages {

    /** Shown where a claim is absent. */
    public static final String ABSENT = "—";

    private static final Set<String> TIME_CLAIMS = Set.of("iat", "exp", "auth_time", "nbf", "updated_at");

    private final Messages messages;
    private final String personSpaceUrl;

    /** {@code issuer} is the front door's: the signed-in page links to the person's space there. */
    public Pages(Messages messages, String issuer) {
        this.messages = messages;
        this.personSpaceUrl = issuer.replaceAll("/+$", "") + "/bawaba-space/";
    }

    public String home(RelyingPartySite site, Language lang) {
        String body = "<h1>" + text(lang, site.path() + ".service") + "</h1>\n"
                + "<p class=\"blurb\">" + text(lang, site.path() + ".blurb") + "</p>\n"
                + "<section class=\"sign-in\" aria-labelledby=\"sign-in-title\">\n"
                + "<h2 id=\"sign-in-title\">" + text(lang, "home.personalSpace") + "</h2>\n"
                + "<p>" + text(lang, "home.signInLead") + "</p>\n"
                + signInButton(site, lang)
                + "<p class=\"bawaba-help\">" + text(lang, "home.bawabaHelp") + "</p>\n"
                + "</section>\n";
        return layout(site, lang, text(lang, site.path() + ".service"), body);
    }

    public String signedIn(RelyingPartySite site, Language lang, SignedIn signedIn) {
        Map<String, Object> idToken = signedIn.idTokenClaims();
        Object givenName = signedIn.userinfo().getOrDefault("given_name", idToken.get("given_name"));
        String greeting = givenName == null ? text(lang, "signedIn.title")
                : escape(messages.get(lang, "signedIn.welcome", givenName.toString()));
        String body = "<h1>" + greeting + "</h1>\n"
                + "<p>" + escape(messages.get(lang, "signedIn.lead", messages.get(lang, site.path() + ".short"))) + "</p>\n"
                + "<section class=\"assurance\" aria-labelledby=\"assurance-title\">\n"
                + "<h2 id=\"assurance-title\">" + text(lang, "signedIn.assurance") + "</h2>\n"
                + "<dl>\n"
                + "<div><dt>" + text(lang, "signedIn.acr") + " <code>acr</code></dt><dd id=\"acr\"><bdi>" + escape(value(idToken.get("acr"))) + "</bdi></dd></div>\n"
                + "<div><dt>" + text(lang, "signedIn.amr") + " <code>amr</code></dt><dd id=\"amr\"><bdi>" + escape(value(idToken.get("amr"))) + "</bdi></dd></div>\n"
                + "</dl>\n</section>\n"
                + claimsTable(lang, "id-token-claims", "signedIn.idTokenClaims", idToken)
                + claimsTable(lang, "userinfo-claims", "signedIn.userinfoClaims", signedIn.userinfo())
                + "<p><a id=\"bawaba-space\" href=\"" + escape(personSpaceUrl) + "?kc_locale=" + lang.tag() + "\">"
                + text(lang, "signedIn.personSpace") + "</a></p>\n"
                + "<form id=\"sign-out\" method=\"post\" action=\"/" + site.path() + "/logout\">\n"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(signedIn.csrfToken()) + "\">\n"
                + "<input type=\"hidden\" name=\"lang\" value=\"" + lang.tag() + "\">\n"
                + "<button type=\"submit\" class=\"button-secondary\">" + text(lang, "signedIn.signOut") + "</button>\n"
                + "</form>\n";
        return layout(site, lang, text(lang, "signedIn.title"), body);
    }

    /** A clear page for a sign-in that did not complete; {@code technical} is shown as-is (escaped). */
    public String error(RelyingPartySite site, Language lang, String messageKey, String technical) {
        String body = "<h1>" + text(lang, "error.title") + "</h1>\n"
                + "<p class=\"error-message\" role=\"alert\">" + text(lang, messageKey) + "</p>\n"
                + (technical == null || technical.isBlank() ? ""
                : "<p class=\"technical\">" + text(lang, "error.technical") + " <code><bdi>" + escape(technical) + "</bdi></code></p>\n")
                + "<p><a class=\"button-secondary\" href=\"/" + site.path() + "/?lang=" + lang.tag() + "\">"
                + text(lang, "error.back") + "</a></p>\n";
        return layout(site, lang, text(lang, "error.title"), body);
    }

    /** The index of the demo app and pages outside any relying party (not found). */
    public String index(Language lang, Collection<RelyingPartySite> sites, String messageKey) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(lang, messageKey == null ? "index.title" : "notFound.title")).append("</h1>\n");
        if (messageKey != null) {
            body.append("<p role=\"alert\">").append(text(lang, messageKey)).append("</p>\n");
        }
        body.append("<ul class=\"sites\">\n");
        for (RelyingPartySite site : sites) {
            body.append("<li><a href=\"/").append(site.path()).append("/?lang=").append(lang.tag()).append("\">")
                    .append(text(lang, site.path() + ".service")).append("</a></li>\n");
        }
        body.append("<li><a href=\"/button-kit/\">").append(text(lang, "index.buttonKit")).append("</a></li>\n</ul>\n");
        return page(lang, "site-index", text(lang, "index.title"), text(lang, "index.title"), "/", null, body.toString());
    }

    private String signInButton(RelyingPartySite site, Language lang) {
        // The button kit's form variant (button-kit/button-<lang>.html), pointing at this site's login.
        return "<form class=\"bawaba-sign-in\" id=\"bawaba-sign-in\" method=\"post\" action=\"/" + site.path() + "/login\">\n"
                + "<input type=\"hidden\" name=\"lang\" value=\"" + lang.tag() + "\">\n"
                + "<button type=\"submit\" class=\"bawaba-button\">"
                + "<img class=\"bawaba-button__logo\" src=\"/button-kit/bawaba-logo.svg\" alt=\"\" width=\"28\" height=\"28\">"
                + "<span class=\"bawaba-button__label\">" + text(lang, "button.signIn") + "</span></button>\n"
                + "</form>\n";
    }

    private String claimsTable(Language lang, String id, String captionKey, Map<String, Object> claims) {
        StringBuilder table = new StringBuilder();
        table.append("<table id=\"").append(id).append("\" class=\"claims\">\n<caption>").append(text(lang, captionKey))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(text(lang, "signedIn.claim"))
                .append("</th><th scope=\"col\">").append(text(lang, "signedIn.value")).append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Object> claim : new TreeMap<>(claims).entrySet()) {
            table.append("<tr><th scope=\"row\"><code>").append(escape(claim.getKey())).append("</code></th>")
                    .append("<td data-claim=\"").append(escape(claim.getKey())).append("\"><bdi>")
                    .append(escape(displayValue(claim.getKey(), claim.getValue()))).append("</bdi></td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private static String displayValue(String claim, Object value) {
        String shown = value(value);
        if (TIME_CLAIMS.contains(claim)) {
            Instant instant = value instanceof Date date ? date.toInstant()
                    : value instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
            if (instant != null) {
                return instant.getEpochSecond() + " (" + instant + ")";
            }
        }
        return shown;
    }

    static String value(Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? ABSENT : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        String text = value.toString();
        return text.isBlank() ? ABSENT : text;
    }

    private String layout(RelyingPartySite site, Language lang, String title, String body) {
        String home = "/" + site.path() + "/";
        return page(lang, "site-" + site.path(), title + " — " + text(lang, site.path() + ".short"),
                text(lang, site.path() + ".name"), home, text(lang, site.path() + ".org"), body);
    }

    private String page(Language lang, String siteClass, String title, String siteName, String home, String org, String body) {
        StringBuilder switcher = new StringBuilder();
        for (Language other : Language.values()) {
            switcher.append("<li><a href=\"").append(home).append("?lang=").append(other.tag()).append("\" lang=\"")
                    .append(other.tag()).append("\" hreflang=\"").append(other.tag()).append("\"")
                    .append(other == lang ? " aria-current=\"page\"" : "").append(">").append(other.ownName()).append("</a></li>");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\" dir=\"" + lang.direction() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n"
                + "<link rel=\"icon\" href=\"/button-kit/bawaba-logo.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"/assets/demo.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/button-kit/bawaba-button.css\">\n"
                + "</head>\n<body class=\"" + siteClass + "\">\n"
                + "<a class=\"skip-link\" href=\"#main\">" + text(lang, "layout.skip") + "</a>\n"
                + "<header class=\"site-header\"><div class=\"wrap\">\n"
                + "<div class=\"site-identity\">" + (org == null ? "" : "<p class=\"site-org\">" + org + "</p>")
                + "<p class=\"site-name\"><a href=\"" + home + "?lang=" + lang.tag() + "\">" + siteName + "</a></p></div>\n"
                + "<nav class=\"languages\" aria-label=\"" + text(lang, "layout.language") + "\"><ul>" + switcher + "</ul></nav>\n"
                + "</div></header>\n"
                + "<main id=\"main\" class=\"wrap\">\n" + body + "</main>\n"
                + "<footer class=\"site-footer\"><div class=\"wrap\"><p>" + text(lang, "layout.demoNotice") + "</p></div></footer>\n"
                + "</body>\n</html>\n";
    }

    /** A message, escaped for HTML. */
    private String text(Language lang, String key) {
        return escape(messages.get(lang, key));
    }
}
