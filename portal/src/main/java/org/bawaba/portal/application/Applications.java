package org.bawaba.portal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bawaba.portal.api.Roles;
import org.bawaba.portal.application.ApplicationForm.ClaimScopeRequest;
import org.bawaba.portal.audit.AuditTrail;
import org.bawaba.portal.production.ProductionClient;
import org.bawaba.portal.production.ProductionClients;
import org.bawaba.portal.production.SandboxClient;
import org.bawaba.portal.production.SandboxClients;
import org.bawaba.portal.production.ClientCredentials;
import org.bawaba.portal.validation.InvalidApplicationException;
import org.bawaba.portal.validation.Logos;
import org.bawaba.portal.validation.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An integrator's applications: each is theirs alone (anyone else is told it does not exist), changed only while in
 * the sandbox or after a refusal, and every change is written to the audit trail in the same transaction.
 */
@ApplicationScoped
public class Applications {

    @Inject
    AuditTrail audit;

    @Inject
    ProductionClients productionClients;

    @Inject
    SandboxClients sandboxClients;

    @ConfigProperty(name = "bawaba.portal.logo.max-bytes", defaultValue = "102400")
    int logoMaxBytes;

    @ConfigProperty(name = "bawaba.portal.issuer")
    String issuer;

    /** A new application, and its sandbox client; the sandbox secret is in the result, and nowhere else. */
    @Transactional
    public Created create(String owner, ApplicationForm form) {
        requireValid(form.violations(false));
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.ownerSubject = owner;
        application.status = ApplicationStatus.SANDBOX;
        application.createdAt = Instant.now();
        fill(application, form);
        application.persist();
        audit.record(application.id, owner, Roles.INTEGRATOR, "created", null);
        String clientId = sandboxClients.apply(application);
        String secret = sandboxClients.rotateSecret(application);
        audit.record(application.id, owner, Roles.INTEGRATOR, "sandbox-client", clientId);
        return new Created(application, new ClientCredentials(sandboxClients.issuer(), clientId, secret));
    }

    /** An application just created, with its sandbox client's credentials (shown once). */
    public record Created(Application application, ClientCredentials sandbox) {
    }

    public List<Application> ownedBy(String owner) {
        return Application.ownedBy(owner);
    }

    /** The owner's application; empty for anyone else, as if it did not exist. */
    public Optional<Application> owned(String owner, UUID id) {
        return Application.<Application>findByIdOptional(id).filter(application -> application.ownerSubject.equals(owner));
    }

    @Transactional
    public Application update(String owner, UUID id, ApplicationForm form) {
        Application application = editable(owner, id);
        requireValid(form.violations(false));
        List<String> changed = changedFields(ApplicationView.of(application).form(), form);
        fill(application, form);
        sandboxClients.apply(application);
        audit.record(application.id, owner, Roles.INTEGRATOR, "updated", String.join(", ", changed));
        return application;
    }

    @Transactional
    public Application replaceLogo(String owner, UUID id, String mediaType, byte[] logo) {
        Application application = editable(owner, id);
        Optional<Violation> problem = Logos.problem(mediaType, logo, logoMaxBytes);
        if (problem.isPresent()) {
            throw new InvalidApplicationException(List.of(problem.get()));
        }
        application.logoMediaType = Logos.mediaType(mediaType);
        application.logo = logo;
        application.updatedAt = Instant.now();
        audit.record(application.id, owner, Roles.INTEGRATOR, "logo-replaced", application.logoMediaType + ", " + logo.length + " bytes");
        return application;
    }

    /** A new secret for the production client of an approved application, shown once. */
    @Transactional
    public ClientCredentials rotateClientCredentials(String owner, UUID id) {
        Application application = owned(owner, id).orElseThrow(ApplicationNotFoundException::new);
        if (application.status != ApplicationStatus.APPROVED) {
            throw new ApplicationStateException(application.status);
        }
        String secret = productionClients.rotateSecret(application);
        audit.record(application.id, owner, Roles.INTEGRATOR, "secret-rotated", ProductionClient.clientId(application));
        return new ClientCredentials(issuer, ProductionClient.clientId(application), secret);
    }

    /** A new secret for the sandbox client, shown once; the previous one stops working. */
    @Transactional
    public ClientCredentials rotateSandboxSecret(String owner, UUID id) {
        Application application = owned(owner, id).orElseThrow(ApplicationNotFoundException::new);
        String secret = sandboxClients.rotateSecret(application);
        audit.record(application.id, owner, Roles.INTEGRATOR, "sandbox-secret-rotated", SandboxClient.clientId(application));
        return new ClientCredentials(sandboxClients.issuer(), SandboxClient.clientId(application), secret);
    }

    /** Asks for production: the application must meet the production rules (no loopback address). */
    @Transactional
    public Application submit(String owner, UUID id) {
        Application application = editable(owner, id);
        requireValid(ApplicationView.of(application).form().violations(true));
        application.status = ApplicationStatus.SUBMITTED;
        application.updatedAt = Instant.now();
        audit.record(application.id, owner, Roles.INTEGRATOR, "submitted", null);
        return application;
    }

    private Application editable(String owner, UUID id) {
        Application application = owned(owner, id).orElseThrow(ApplicationNotFoundException::new);
        if (!application.status.editable()) {
            throw new ApplicationStateException(application.status);
        }
        return application;
    }

    private static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidApplicationException(violations);
        }
    }

    private static void fill(Application application, ApplicationForm form) {
        application.organisation = form.organisation().strip();
        application.serviceNameFr = form.serviceName().fr().strip();
        application.serviceNameAr = form.serviceName().ar().strip();
        application.serviceNameEn = form.serviceName().en().strip();
        application.descriptionFr = form.description().fr().strip();
        application.descriptionAr = form.description().ar().strip();
        application.descriptionEn = form.description().en().strip();
        application.contactName = form.contact().name().strip();
        application.contactEmail = form.contact().email().strip();
        application.contactPhone = blankToNull(form.contact().phone());
        application.redirectUris.clear();
        application.redirectUris.addAll(form.redirectUris());
        application.postLogoutRedirectUris.clear();
        if (form.postLogoutRedirectUris() != null) {
            application.postLogoutRedirectUris.addAll(form.postLogoutRedirectUris());
        }
        application.backchannelLogoutUrl = blankToNull(form.backchannelLogoutUrl());
        LinkedHashMap<String, String> scopes = new LinkedHashMap<>();
        if (form.claimScopes() != null) {
            for (ClaimScopeRequest request : form.claimScopes()) {
                scopes.put(request.scope(), request.legalBasis().strip());
            }
        }
        application.claimScopes.clear();
        application.claimScopes.putAll(scopes);
        application.levelOfAssurance = form.levelOfAssurance();
        application.identityProviders.clear();
        application.identityProviders.addAll(new LinkedHashSet<>(form.identityProviders()));
        application.updatedAt = Instant.now();
    }

    /** The names of the top-level fields that differ, for the audit trail (never their values). */
    private static List<String> changedFields(ApplicationForm before, ApplicationForm after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "organisation", before.organisation(), after.organisation());
        compare(changed, "serviceName", before.serviceName(), after.serviceName());
        compare(changed, "description", before.description(), after.description());
        compare(changed, "contact", before.contact(), after.contact());
        compare(changed, "redirectUris", before.redirectUris(), after.redirectUris());
        compare(changed, "postLogoutRedirectUris", before.postLogoutRedirectUris(), orEmpty(after.postLogoutRedirectUris()));
        compare(changed, "backchannelLogoutUrl", before.backchannelLogoutUrl(), blankToNull(after.backchannelLogoutUrl()));
        compare(changed, "claimScopes", scopeMap(before.claimScopes()), scopeMap(after.claimScopes()));
        compare(changed, "levelOfAssurance", before.levelOfAssurance(), after.levelOfAssurance());
        compare(changed, "identityProviders", new TreeSet<>(before.identityProviders()), new TreeSet<>(after.identityProviders()));
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static Map<String, String> scopeMap(List<ClaimScopeRequest> scopes) {
        Map<String, String> map = new TreeMap<>();
        for (ClaimScopeRequest request : orEmpty(scopes)) {
            map.put(request.scope(), request.legalBasis() == null ? null : request.legalBasis().strip());
        }
        return map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
