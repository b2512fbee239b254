package org.bawaba.portal.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bawaba.portal.catalogue.IdentityProviders;
import org.bawaba.portal.catalogue.LevelOfAssurance;
import org.bawaba.portal.catalogue.ClaimScope;
import org.bawaba.portal.validation.Addresses;
import org.bawaba.portal.validation.PlainText;
import org.bawaba.portal.validation.Violation;

/**
 * What an integrator says of their service, as the API and the portal's form send it. The logo travels apart, as
 * an image ({@code PUT /api/applications/{id}/logo}).
 *
 * @param claimScopes the identity data wanted, as scopes of the catalogue ({@link ClaimScope}), each with its legal
 *                    basis (the text or article that allows the service to know it)
 * @param levelOfAssurance the lowest level the service accepts: {@code eidas1}, {@code eidas2} or {@code eidas3}
 * @param identityProviders the front door's providers the service allows ({@code account}, {@code eid})
 */
public record ApplicationForm(String organisation,
                              Localized serviceName,
                              Localized description,
                              Contact contact,
                              List<String> redirectUris,
                              List<String> postLogoutRedirectUris,
                              String backchannelLogoutUrl,
                              List<ClaimScopeRequest> claimScopes,
                              String levelOfAssurance,
                              List<String> identityProviders) {

    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 255;
    public static final int ORGANISATION_MAX = 160;
    public static final int LEGAL_BASIS_MAX = 500;

    public record Localized(String fr, String ar, String en) {
    }

    public record Contact(String name, String email, String phone) {
    }

    public record ClaimScopeRequest(String scope, String legalBasis) {
    }

    /**
     * Every rule the form breaks. For production ({@code production}), addresses on the loopback interface are
     * refused too, and at least one redirect URI is needed.
     */
    public List<Violation> violations(boolean production) {
        List<Violation> violations = new ArrayList<>();
        PlainText.required("organisation", organisation, ORGANISATION_MAX, violations);
        localized("serviceName", serviceName, NAME_MAX, violations);
        localized("description", description, DESCRIPTION_MAX, violations);
        if (contact == null) {
            violations.add(Violation.of("contact", "text.required"));
        } else {
            PlainText.required("contact.name", contact.name(), 120, violations);
            Addresses.email("contact.email", contact.email(), violations);
            Addresses.phone("contact.phone", contact.phone(), violations);
        }
        if (redirectUris == null || redirectUris.isEmpty()) {
            violations.add(Violation.of("redirectUris", "uri.atLeastOne"));
        }
        Addresses.redirectUris("redirectUris", redirectUris, production, violations);
        if (production && Addresses.hosts(redirectUris).size() > 1) {
            violations.add(Violation.of("redirectUris", "uri.oneHost"));
        }
        Addresses.postLogoutUris("postLogoutRedirectUris", postLogoutRedirectUris, production, violations);
        Addresses.backchannelLogoutUrl("backchannelLogoutUrl", backchannelLogoutUrl, production, violations);
        claimScopes(violations);
        if (levelOfAssurance == null || LevelOfAssurance.of(levelOfAssurance).isEmpty()) {
            violations.add(Violation.of("levelOfAssurance", "level.unknown"));
        }
        providers(violations);
        return violations;
    }

    private void claimScopes(List<Violation> violations) {
        if (claimScopes == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < claimScopes.size(); i++) {
            ClaimScopeRequest request = claimScopes.get(i);
            String field = "claimScopes[" + i + "]";
            if (request == null || request.scope() == null || ClaimScope.named(request.scope()).isEmpty()) {
                violations.add(Violation.of(field + ".scope", "claim.unknown"));
                continue;
            }
            if (!seen.add(request.scope())) {
                violations.add(Violation.of(field + ".scope", "claim.twice"));
            }
            PlainText.required(field + ".legalBasis", request.legalBasis(), LEGAL_BASIS_MAX, violations);
        }
    }

    private void providers(List<Violation> violations) {
        if (identityProviders == null || identityProviders.isEmpty()) {
            violations.add(Violation.of("identityProviders", "providers.atLeastOne"));
            return;
        }
        for (int i = 0; i < identityProviders.size(); i++) {
            if (!IdentityProviders.ALIASES.contains(identityProviders.get(i))) {
                violations.add(Violation.of("identityProviders[" + i + "]", "providers.unknown"));
            }
        }
    }

    private static void localized(String field, Localized value, int max, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.of(field, "text.required"));
            return;
        }
        PlainText.required(field + ".fr", value.fr(), max, violations);
        PlainText.required(field + ".ar", value.ar(), max, violations);
        PlainText.required(field + ".en", value.en(), max, violations);
    }
}
