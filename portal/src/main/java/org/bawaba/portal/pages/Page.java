package org.bawaba.portal.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.qute.TemplateData;
import org.eclipse.microprofile.jwt.JsonWebToken;
import io.quarkus.security.identity.SecurityIdentity;
import org.bawaba.portal.api.Messages;
import org.bawaba.portal.api.Roles;
import org.bawaba.portal.catalogue.IdentityProviders;
import org.bawaba.portal.catalogue.LevelOfAssurance;

/**
 * What every page needs: the person's language (chosen with {@code ?ui_locales=}, kept in a cookie, else their
 * browser's; the same parameter goes on to the front door when a page asks for a sign-in, and the front door gives
 * the language the person used there back in the ID token's {@code locale}, so the chosen language holds through the
 * whole journey),
 * its direction, the texts, and which parts of the portal the person may use.
 */
@TemplateData
public record Page(String lang, String dir, Messages m, boolean signedIn, boolean integrator, boolean operator) {

    public static final String LANGUAGE_COOKIE = "bawaba_portal_lang";

    /** The levels of assurance a service may ask for, lowest first. */
    public List<String> levels() {
        return Arrays.stream(LevelOfAssurance.values()).map(LevelOfAssurance::acr).toList();
    }

    /** The front door's identity providers a service may allow. */
    public List<String> providers() {
        return IdentityProviders.ALIASES.stream().sorted().toList();
    }

    /** The language the person signed in with at the front door (the ID token's {@code locale}), if any. */
    private static String signedInLanguage(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object locale = token.getClaim("locale");
        return locale != null && Messages.LANGUAGES.contains(locale.toString()) ? locale.toString() : null;
    }

    static Page of(String chosen, String remembered, HttpHeaders headers, SecurityIdentity identity) {
        Messages messages;
        if (chosen != null && Messages.LANGUAGES.contains(chosen)) {
            messages = Messages.in(chosen);
        } else if (remembered != null && Messages.LANGUAGES.contains(remembered)) {
            messages = Messages.in(remembered);
        } else if (signedInLanguage(identity) != null) {
            messages = Messages.in(signedInLanguage(identity));
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
