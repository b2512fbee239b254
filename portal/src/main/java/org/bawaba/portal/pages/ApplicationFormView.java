package org.bawaba.portal.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.TemplateData;
import org.bawaba.portal.api.Messages;
import org.bawaba.portal.application.ApplicationForm;
import org.bawaba.portal.application.ApplicationForm.ClaimScopeRequest;
import org.bawaba.portal.application.ApplicationForm.Contact;
import org.bawaba.portal.application.ApplicationForm.Localized;
import org.bawaba.portal.catalogue.ClaimScope;
import org.bawaba.portal.validation.Violation;

/**
 * The registration form as the page shows it: what the person typed (kept when something is wrong) and, for each
 * field, what is wrong with it, in their language. Read from and turned into an {@link ApplicationForm}.
 */
@TemplateData
public final class ApplicationFormView {

    private final Map<String, String> values;
    private final Map<String, String> errors;

    private ApplicationFormView(Map<String, String> values, Map<String, String> errors) {
        this.values = values;
        this.errors = errors;
    }

    public static ApplicationFormView empty() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("levelOfAssurance", "eidas2");
        values.put("provider.account", "on");
        return new ApplicationFormView(values, Map.of());
    }

    public static ApplicationFormView of(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        return new ApplicationFormView(values, Map.of());
    }

    /** The same values, with each violation's message under the form field it is about. */
    public ApplicationFormView withErrors(List<Violation> violations, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation violation : violations) {
            errors.merge(inputOf(violation.field()), messages.of(violation), (a, b) -> a + " " + b);
        }
        return new ApplicationFormView(values, errors);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return values.containsKey(name);
    }

    public String error(String name) {
        return errors.get(name);
    }

    /** {@link #value(String)} of {@code prefix + name}, for templates. */
    public String value(String prefix, String name) {
        return value(prefix + name);
    }

    public boolean checked(String prefix, String name) {
        return checked(prefix + name);
    }

    public String error(String prefix, String name) {
        return error(prefix + name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    public List<String> scopes() {
        return Arrays.stream(ClaimScope.values()).map(ClaimScope::scope).toList();
    }

    public ApplicationForm toForm() {
        List<ClaimScopeRequest> scopes = new ArrayList<>();
        for (ClaimScope scope : ClaimScope.values()) {
            if (checked("scope." + scope.scope())) {
                scopes.add(new ClaimScopeRequest(scope.scope(), value("legalBasis." + scope.scope())));
            }
        }
        List<String> providers = new ArrayList<>();
        for (String alias : List.of("account", "eid")) {
            if (checked("provider." + alias)) {
                providers.add(alias);
            }
        }
        return new ApplicationForm(value("organisation"),
                new Localized(value("serviceName.fr"), value("serviceName.ar"), value("serviceName.en")),
                new Localized(value("description.fr"), value("description.ar"), value("description.en")),
                new Contact(value("contact.name"), value("contact.email"), value("contact.phone")),
                lines(value("redirectUris")), lines(value("postLogoutRedirectUris")), value("backchannelLogoutUrl"),
                scopes, value("levelOfAssurance"), providers);
    }

    /** The form input a violation is about: list items belong to their list's text area. */
    private String inputOf(String field) {
        if (field.startsWith("redirectUris")) {
            return "redirectUris";
        }
        if (field.startsWith("postLogoutRedirectUris")) {
            return "postLogoutRedirectUris";
        }
        if (field.startsWith("identityProviders")) {
            return "identityProviders";
        }
        if (field.startsWith("claimScopes[")) {
            int index = Integer.parseInt(field.substring("claimScopes[".length(), field.indexOf(']')));
            List<ClaimScopeRequest> requested = toForm().claimScopes();
            return index < requested.size() ? "legalBasis." + requested.get(index).scope() : "claimScopes";
        }
        return field;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
