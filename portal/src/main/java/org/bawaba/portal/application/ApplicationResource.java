package org.bawaba.portal.application;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import org.bawaba.portal.api.Roles;
import org.bawaba.portal.audit.AuditEntryView;
import org.bawaba.portal.audit.AuditTrail;
import org.bawaba.portal.validation.Logos;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An integrator's own applications. Another integrator's application answers 404, as one that does not exist. */
@Path("/api/applications")
@RolesAllowed(Roles.INTEGRATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "An integrator's relying parties, from the sandbox to production")
public class ApplicationResource {

    @Inject
    Applications applications;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "The caller's applications")
    public List<ApplicationView> list() {
        return applications.ownedBy(subject()).stream().map(ApplicationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a new application and makes its sandbox client; the sandbox secret is in this "
            + "response only")
    public Response create(ApplicationForm form) {
        Applications.Created created = applications.create(subject(), form);
        return Response.created(URI.create("/api/applications/" + created.application().id))
                .header("Cache-Control", "no-store")
                .entity(ApplicationView.of(created.application()).withSandboxCredentials(created.sandbox()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's applications")
    public ApplicationView get(@PathParam("id") UUID id) {
        return ApplicationView.of(applications.owned(subject(), id).orElseThrow(ApplicationNotFoundException::new));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an application in the sandbox or refused; not while it is reviewed or once approved")
    public ApplicationView update(@PathParam("id") UUID id, ApplicationForm form) {
        return ApplicationView.of(applications.update(subject(), id, form));
    }

    @PUT
    @Path("{id}/logo")
    @Consumes({Logos.PNG, Logos.SVG})
    @Operation(summary = "Replaces the logo: a PNG, or an SVG of drawing elements only (no script, style or link out)")
    public ApplicationView replaceLogo(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                       byte[] logo) {
        return ApplicationView.of(applications.replaceLogo(subject(), id, type, logo));
    }

    @GET
    @Path("{id}/logo")
    @Produces({Logos.PNG, Logos.SVG})
    @Operation(summary = "The logo as stored")
    public Response logo(@PathParam("id") UUID id) {
        Application application = applications.owned(subject(), id).orElseThrow(ApplicationNotFoundException::new);
        if (application.logo == null) {
            throw new ApplicationNotFoundException();
        }
        return Response.ok(application.logo, application.logoMediaType)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Asks for production; every address must then be https and off the loopback interface")
    public ApplicationView submit(@PathParam("id") UUID id) {
        return ApplicationView.of(applications.submit(subject(), id));
    }

    @POST
    @Path("{id}/sandbox-secret")
    @Operation(summary = "Makes a new secret for the sandbox client and shows it once; the previous one stops working")
    public Response rotateSandboxSecret(@PathParam("id") UUID id) {
        return Response.ok(applications.rotateSandboxSecret(subject(), id))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/production-secret")
    @Operation(summary = "Makes a new secret for the approved production client and shows it once; the previous one "
            + "stops working")
    public Response rotateClientCredentials(@PathParam("id") UUID id) {
        return Response.ok(applications.rotateClientCredentials(subject(), id))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "Who changed the application, when, and what")
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        Application application = applications.owned(subject(), id).orElseThrow(ApplicationNotFoundException::new);
        return audit.of(application.id).stream().map(AuditEntryView::of).toList();
    }

    private String subject() {
        return identity.getPrincipal().getName();
    }
}
