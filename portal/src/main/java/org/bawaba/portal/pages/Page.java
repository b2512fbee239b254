package org.bawaba.portal.pages;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import org.bawaba.portal.api.Messages;
import org.bawaba.portal.api.Roles;

/**
 * What every page needs: the person's language (chosen with {@code ?lang=}, kept in a cookie, else their browser's),
 * its direction, the texts, and which parts of the portal the person may use.
 */
@TemplateData
public record Page(String lang, String dir, Messages m, boolean signedIn, boolean integrator, boolean operator) {

    public static final String LANGUAGE_COOKIE = "bawaba_portal_lang";

    /** The levels of assurance a service may ask for, lowest first. */
    public List<String> levels() {
        return java.util.Arrays.stream(org.bawaba.portal.catalogue.LevelOfAssurance.values())
                .map(org.bawaba.portal.catalogue.LevelOfAssurance::acr).toList();
    }

    /** The front door's identity providers a service may allow. */
    public List<String> providers() {
        return org.bawaba.portal.catalogue.IdentityProviders.ALIASES.stream().sorted().toList();
    }

    static Page of(String chosen, String remembered, HttpHeaders headers, SecurityIdentity identity) {
        Messages messages;
        if (chosen != null && Messages.LANGUAGES.contains(chosen)) {
            messages = Messages.in(chosen);
        } else if (remembered != null && Messages.LANGUAGES.contains(remembered)) {
            messages = Messages.in(remembered);
        } else {
            List<Locale> acceptable = headers.getAcceptableLanguages();
            messages = Messages.forAcceptLanguage(acceptable);
        }
        String lang = messages.language();
        boolean signedIn = identity != null && !identity.isAnonymous();
        return new Page(lang, "ar".equals(lang) ? "rtl" : "ltr", messages, signedIn,
                signedIn && identity.hasRole(Roles.INTEGRATOR), signedIn && identity.hasRole(Roles.OPERATOR));
    }
}
