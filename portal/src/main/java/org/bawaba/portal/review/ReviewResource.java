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
import org.bawaba.portal.production.SandboxClients;
import org.bawaba.portal.production.SignIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators review requests for production. Integrators are refused here (403). */
@Path("/api/reviews")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Operators approve or refuse requests for production")
public class ReviewResource {

    /**
     * An application under review, with its owner, its history and the sign-ins made through its sandbox client
     * (null when the sandbox could not be asked).
     */
    public record ReviewView(ApplicationView application, String ownerSubject, List<AuditEntryView> audit,
                             List<SignIn> sandboxSignIns) {
    }


    @Inject
    Reviews reviews;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    SandboxClients sandboxClients;

    @GET
    @Operation(summary = "The requests for production waiting for a decision, oldest first")
    public List<ReviewView> waiting() {
        return reviews.waiting().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application, with its claim scopes and their legal basis, its history, and the last "
            + SandboxClients.RECENT_SIGN_INS + " sign-ins made through its sandbox client")
    public ReviewView get(@PathParam("id") UUID id) {
        Application application = reviews.get(id);
        return new ReviewView(ApplicationView.of(application), application.ownerSubject,
                audit.of(application.id).stream().map(AuditEntryView::of).toList(),
                sandboxClients.recentSignInsIfReachable(application));
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
                audit.of(application.id).stream().map(AuditEntryView::of).toList(), null);
    }

    private String operator() {
        return identity.getPrincipal().getName();
    }
}
