package org.bawaba.portal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An integrator's application for one relying party (one service), from the sandbox to production. */
@Entity
@Table(name = "portal_application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The integrator's subject at the front door: only they see and change it. */
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "service_name_fr", nullable = false)
    public String serviceNameFr;

    @Column(name = "service_name_ar", nullable = false)
    public String serviceNameAr;

    @Column(name = "service_name_en", nullable = false)
    public String serviceNameEn;

    @Column(name = "description_fr", nullable = false)
    public String descriptionFr;

    @Column(name = "description_ar", nullable = false)
    public String descriptionAr;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_application_redirect_uri", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "uri", nullable = false)
    public List<String> redirectUris = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_application_post_logout_uri", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "uri", nullable = false)
    public List<String> postLogoutRedirectUris = new ArrayList<>();

    @Column(name = "backchannel_logout_url")
    public String backchannelLogoutUrl;

    /** Claim scope of the catalogue → the legal basis the integrator gives for it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_application_claim_scope", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "scope")
    @Column(name = "legal_basis", nullable = false)
    public Map<String, String> claimScopes = new LinkedHashMap<>();

    @Column(name = "level_of_assurance", nullable = false)
    public String levelOfAssurance;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_application_provider", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "alias", nullable = false)
    public Set<String> identityProviders = new LinkedHashSet<>();

    @Column(name = "logo_media_type")
    public String logoMediaType;

    @Column(name = "logo")
    public byte[] logo;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<Application> ownedBy(String subject) {
        return list("ownerSubject = ?1 order by createdAt", subject);
    }

    public static List<Application> withStatus(ApplicationStatus status) {
        return list("status = ?1 order by updatedAt", status);
    }
}
