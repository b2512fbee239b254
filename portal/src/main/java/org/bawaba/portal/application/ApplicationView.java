package org.bawaba.portal.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bawaba.portal.application.ApplicationForm.ClaimScopeRequest;
import org.bawaba.portal.application.ApplicationForm.Contact;
import org.bawaba.portal.application.ApplicationForm.Localized;
import org.bawaba.portal.catalogue.ClaimScope;
import org.bawaba.portal.production.ClientCredentials;
import org.bawaba.portal.production.ProductionClient;
import org.bawaba.portal.production.SandboxClient;

/** An application as the API shows it to its integrator and to operators. */
public record ApplicationView(UUID id,
                              ApplicationStatus status,
                              String organisation,
                              Localized serviceName,
                              Localized description,
                              Contact contact,
                              List<String> redirectUris,
                              List<String> postLogoutRedirectUris,
                              String backchannelLogoutUrl,
                              List<ClaimScopeRequest> claimScopes,
                              List<String> claims,
                              String levelOfAssurance,
                              List<String> identityProviders,
                              String logoMediaType,
                              String reviewComment,
                              String sandboxClientId,
                              String productionClientId,
                              ClientCredentials sandboxCredentials,
                              Instant createdAt,
                              Instant updatedAt) {

    public static ApplicationView of(Application application) {
        return new ApplicationView(application.id, application.status, application.organisation,
                new Localized(application.serviceNameFr, application.serviceNameAr, application.serviceNameEn),
                new Localized(application.descriptionFr, application.descriptionAr, application.descriptionEn),
                new Contact(application.contactName, application.contactEmail, application.contactPhone),
                List.copyOf(application.redirectUris), List.copyOf(application.postLogoutRedirectUris),
                application.backchannelLogoutUrl,
                application.claimScopes.entrySet().stream()
                        .sorted(Comparator.comparing(e -> ClaimScope.named(e.getKey()).map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
                        .map(e -> new ClaimScopeRequest(e.getKey(), e.getValue())).toList(),
                claimsOf(application),
                application.levelOfAssurance, application.identityProviders.stream().sorted().toList(),
                application.logoMediaType,
                application.reviewComment,
                SandboxClient.clientId(application),
                application.status == ApplicationStatus.APPROVED ? ProductionClient.clientId(application) : null,
                null, application.createdAt, application.updatedAt);
    }

    /** This view with the sandbox client's credentials, for the one response that shows them. */
    public ApplicationView withSandboxCredentials(ClientCredentials credentials) {
        return new ApplicationView(id, status, organisation, serviceName, description, contact, redirectUris,
                postLogoutRedirectUris, backchannelLogoutUrl, claimScopes, claims, levelOfAssurance, identityProviders,
                logoMediaType, reviewComment, sandboxClientId, productionClientId, credentials, createdAt, updatedAt);
    }

    /** Whether the integrator may change it or ask for production (in the sandbox, or refused). */
    public boolean editable() {
        return status.editable();
    }

    /** Whether an operator may decide on it now. */
    public boolean underReview() {
        return status == ApplicationStatus.SUBMITTED;
    }

    /** The message key of its status. */
    public String statusKey() {
        return "status." + status.name();
    }

    /** Every claim the approved scopes would release, in catalogue order. */
    private static List<String> claimsOf(Application application) {
        return java.util.Arrays.stream(ClaimScope.values())
                .filter(scope -> application.claimScopes.containsKey(scope.scope()))
                .flatMap(scope -> scope.claims().stream()).toList();
    }

    /** The form that would give this application as it is (to check it again before production). */
    public ApplicationForm form() {
        return new ApplicationForm(organisation, serviceName, description, contact, redirectUris, postLogoutRedirectUris,
                backchannelLogoutUrl, claimScopes, levelOfAssurance, identityProviders);
    }
}
