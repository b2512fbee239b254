package org.bawaba.portal.review;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;
import org.bawaba.portal.api.Roles;
import org.bawaba.portal.application.Application;
import org.bawaba.portal.application.ApplicationView;
import org.bawaba.portal.audit.AuditEntryView;
import org.bawaba.portal.audit.AuditTrail;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators review requests for production. Integrators are refused here (403). */
@Path("/api/reviews")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Operators approve or refuse requests for production")
public class ReviewResource {

    /** An application under review, with its owner and its history. */
    public record ReviewView(ApplicationView application, String ownerSubject, List<AuditEntryView> audit) {
    }

    @Inject
    Reviews reviews;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "The requests for production waiting for a decision, oldest first")
    public List<ReviewView> waiting() {
        return reviews.waiting().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application, with its claims and their legal basis, and its history")
    public ReviewView get(@PathParam("id") UUID id) {
        return view(reviews.get(id));
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approves a request for production, with an optional comment")
    public ReviewView approve(@PathParam("id") UUID id, Decision decision) {
        return view(reviews.approve(operator(), id, decision == null ? null : decision.comment()));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuses a request for production; the comment, required, tells the integrator why")
    public ReviewView refuse(@PathParam("id") UUID id, Decision decision) {
        return view(reviews.refuse(operator(), id, decision == null ? null : decision.comment()));
    }

    private ReviewView view(Application application) {
        return new ReviewView(ApplicationView.of(application), application.ownerSubject,
                audit.of(application.id).stream().map(AuditEntryView::of).toList());
    }

    private String operator() {
        return identity.getPrincipal().getName();
    }
}
