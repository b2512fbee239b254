package org.bawaba.portal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.portal.application.ApplicationForm.ClaimScopeRequest;
import org.bawaba.portal.application.ApplicationForm.Contact;
import org.bawaba.portal.application.ApplicationForm.Localized;

/** Applications as an integrator would fill them in, as JSON bodies and as forms. */
public final class Forms {

    private Forms() {
    }

    /** A complete, valid application for the sandbox and for production, as a JSON body. */
    public static Map<String, Object> valid() {
        Map<String, Object> form = new HashMap<>();
        form.put("organisation", "Office des Changes");
        form.put("serviceName", Map.of("fr", "Déclarations en ligne", "ar", "التصريحات عبر الإنترنت", "en", "Online declarations"));
        form.put("description", Map.of("fr", "Déclarer ses avoirs à l'étranger.", "ar", "التصريح بالممتلكات في الخارج.",
                "en", "Declare assets held abroad."));
        form.put("contact", Map.of("name", "Salma Idrissi", "email", "integration@oc.example.ma", "phone", "+212 522 000000"));
        form.put("redirectUris", new ArrayList<>(List.of("https://declarations.oc.example.ma/callback")));
        form.put("postLogoutRedirectUris", new ArrayList<>(List.of("https://declarations.oc.example.ma/")));
        form.put("backchannelLogoutUrl", "https://declarations.oc.example.ma/logout");
        form.put("claimScopes", new ArrayList<>(List.of(
                Map.of("scope", "profile", "legalBasis", "Loi 15-95, art. 3 : identification du déclarant"),
                Map.of("scope", "email", "legalBasis", "Circulaire 1/2026 : accusé de réception des déclarations"))));
        form.put("levelOfAssurance", "eidas2");
        form.put("identityProviders", new ArrayList<>(List.of("account", "eid")));
        return form;
    }

    /** {@link #valid()} with one field replaced. */
    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> form = valid();
        form.put(field, value);
        return form;
    }

    /** {@link #valid()} as the record the service takes. */
    public static ApplicationForm validForm() {
        return new ApplicationForm("Office des Changes",
                new Localized("Déclarations en ligne", "التصريحات عبر الإنترنت", "Online declarations"),
                new Localized("Déclarer ses avoirs à l'étranger.", "التصريح بالممتلكات في الخارج.", "Declare assets held abroad."),
                new Contact("Salma Idrissi", "integration@oc.example.ma", null),
                List.of("https://declarations.oc.example.ma/callback"), List.of(), null,
                List.of(new ClaimScopeRequest("profile", "Loi 15-95, art. 3")), "eidas2", List.of("account"));
    }
}
