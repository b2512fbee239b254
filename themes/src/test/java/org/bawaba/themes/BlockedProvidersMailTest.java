package org.bawaba.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import org.junit.jupiter.api.Test;

/**
 * The confirmation of a change of blocked identity providers (org.bawaba.federation.blocking.BlockingNotice), rendered
 * from the email theme as Keycloak renders it (FreeMarker, the theme's and the modules' messages, the base layout), with
 * the attributes BlockingNotice gives. The person's page, which makes the change, has the end-to-end test that reads it.
 */
class BlockedProvidersMailTest {

    private static final String TEMPLATE = "bawaba-blocked-providers.ftl";

    /** eid blocked, account and a provider without a localized name allowed, later ones blocked. */
    private static Map<String, Object> attributes() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("blocked", List.of("eid"));
        attributes.put("allowed", List.of("account", "partner"));
        attributes.put("providerNames", Map.of("account", "Compte Bawaba", "eid", "e-ID (CNIE)", "partner", "Partner Connect"));
        attributes.put("blocksNewProviders", true);
        attributes.put("changedAt", "2026-12-07 18h50 UTC");
        return attributes;
    }

    @Test
    void inFrenchItSaysWhatIsBlockedWhatIsAllowedLaterProvidersWhenAndWhomToTell() {
        String html = render("html", "fr");

        assertThat(html).contains("<li>Identité numérique (CNIE)</li>", "<li>Compte Bawaba</li>",
                "<li>Partner Connect</li>", "Les fournisseurs d’identité ajoutés plus tard seront bloqués aussi.",
                "Changement fait le 2026-12-07 18h50 UTC.", "contactez l’assistance du service en ligne");
        assertThat(html.indexOf("Identité numérique (CNIE)")).as("blocked, listed first")
                .isLessThan(html.indexOf("Autorisés"));
    }

    @Test
    void inArabicTheTimeReadsLeftToRightAndTheMailRightToLeft() {
        String html = render("html", "ar");
        String text = render("text", "ar");

        assertThat(html).contains("dir=\"rtl\"", "<li>",
                "\u20662026-12-07 18h50 UTC\u2069", "مصلحة الدعم");
        assertThat(text).contains("\u20662026-12-07 18h50 UTC\u2069").doesNotContain("${").doesNotContain("<li>");
    }

    @Test
    void inEnglishTheTextPartSaysTheSame() {
        String text = render("text", "en");

        assertThat(text).contains("Blocked, they can no longer sign you in:", "- Partner Connect",
                "Identity providers added later will be blocked too.", "Change made on 2026-12-07 18h50 UTC.",
                "If you did not make this change, contact the online service’s support.");
    }

    @Test
    void nothingBlockedIsSaidInWords() {
        Map<String, Object> attributes = attributes();
        attributes.put("blocked", List.of());
        attributes.put("blocksNewProviders", false);

        String text = render("text", "en", attributes);

        assertThat(text).contains("Blocked, they can no longer sign you in:\n- none", "Identity providers added later will be allowed.");
    }

    private static String render(String format, String language) {
        return render(format, language, attributes());
    }

    private static String render(String format, String language, Map<String, Object> attributes) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> messages = MessageCatalog.merged(MessageCatalog.emailTheme(language));
        Map<String, Object> model = new HashMap<>(attributes);
        model.put("locale", locale);
        model.put("ltr", !"ar".equals(language));
        model.put("msg", (TemplateMethodModelEx) arguments -> {
            String key = arguments.get(0).toString();
            Object[] values = arguments.subList(1, arguments.size()).stream().map(Object::toString).toArray();
            return new MessageFormat(messages.getOrDefault(key, key), locale).format(values);
        });
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setDefaultEncoding("UTF-8");
        StringTemplateLoader layout = new StringTemplateLoader();
        // Keycloak's base email layout (theme/base/email/<format>/template.ftl), which the bawaba email theme extends.
        layout.putTemplate("template.ftl", "html".equals(format)
                ? "<#macro emailLayout><html lang=\"${locale.language}\" dir=\"${(ltr)?then('ltr','rtl')}\"><body><#nested></body></html></#macro>"
                : "<#macro emailLayout><#nested></#macro>");
        try {
            freemarker.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                    new FileTemplateLoader(MessageCatalog.EMAIL_THEME.resolve(format).toFile()), layout}));
            StringWriter out = new StringWriter();
            freemarker.getTemplate(TEMPLATE).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new AssertionError(TEMPLATE + " (" + format + ", " + language + ") does not render: " + e.getMessage(), e);
        }
    }
}
