package org.bawaba.portal.pages;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import org.bawaba.portal.api.Roles;
import org.bawaba.portal.application.Application;
import org.bawaba.portal.application.ApplicationNotFoundException;
import org.bawaba.portal.application.ApplicationStateException;
import org.bawaba.portal.application.ApplicationView;
import org.bawaba.portal.application.Applications;
import org.bawaba.portal.production.ClientCredentials;
import org.bawaba.portal.production.FrontDoorException;
import org.bawaba.portal.production.SandboxClients;
import org.bawaba.portal.production.SignIn;
import org.bawaba.portal.review.Reviews;
import org.bawaba.portal.validation.InvalidApplicationException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The portal's pages, for people signed in through the front door: an integrator's applications (asking for
 * production), registering a new one (its sandbox credentials shown once), an operator's reviews (approving or
 * refusing). Each page is in fr, ar (right to left) or en; its forms are accepted from its own pages only.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page);

        static native TemplateInstance applications(Page page, List<ApplicationView> applications);

        static native TemplateInstance application(Page page, ApplicationView application, List<String> problems, String done);

        static native TemplateInstance newApplication(Page page, ApplicationFormView form);

        static native TemplateInstance created(Page page, ApplicationView application, ClientCredentials sandbox);

        static native TemplateInstance reviews(Page page, List<ApplicationView> applications);

        static native TemplateInstance review(Page page, ApplicationView application, String owner, List<SignIn> signIns,
                                              List<String> problems, String done);
    }

    private static final java.util.Set<String> DONE = java.util.Set.of("submitted", "approved", "refused", "not-now");

    @Inject
    SecurityIdentity identity;

    @Inject
    Applications applications;

    @Inject
    Reviews reviews;

    @Inject
    SandboxClients sandboxClients;

    @Context
    HttpHeaders headers;

    @QueryParam("ui_locales")
    String chosenLanguage;

    @CookieParam(Page.LANGUAGE_COOKIE)
    String rememberedLanguage;

    @GET
    @Operation(hidden = true)
    public Response index() {
        return page(Templates.index(page()));
    }

    @GET
    @Path("my/applications")
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(hidden = true)
    public Response myApplications() {
        return page(Templates.applications(page(), applications.ownedBy(subject()).stream().map(ApplicationView::of).toList()));
    }

    @GET
    @Path("my/applications/new")
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(hidden = true)
    public Response newApplication() {
        return page(Templates.newApplication(page(), ApplicationFormView.empty()));
    }

    @POST
    @SameOrigin
    @Path("my/applications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> fields) {
        Page page = page();
        ApplicationFormView form = ApplicationFormView.of(fields);
        try {
            Applications.Created created = applications.create(subject(), form.toForm());
            return page(Templates.created(page, ApplicationView.of(created.application()), created.sandbox()));
        } catch (InvalidApplicationException e) {
            return page(Templates.newApplication(page, form.withErrors(e.violations(), page.m())));
        } catch (FrontDoorException e) {
            return page(Templates.newApplication(page, form.withErrors(
                    List.of(org.bawaba.portal.validation.Violation.of("organisation", "problem.frontDoor")), page.m())));
        }
    }

    @GET
    @Path("my/applications/{id}")
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(hidden = true)
    public Response myApplication(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Application application = applications.owned(subject(), id).orElseThrow(ApplicationNotFoundException::new);
        Page page = page();
        return page(Templates.application(page, ApplicationView.of(application), List.of(), doneText(page, done)));
    }

    @POST
    @SameOrigin
    @Path("my/applications/{id}/submission")
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(hidden = true)
    public Response submit(@PathParam("id") UUID id) {
        Page page = page();
        try {
            applications.submit(subject(), id);
        } catch (InvalidApplicationException e) {
            Application application = applications.owned(subject(), id).orElseThrow(ApplicationNotFoundException::new);
            return page(Templates.application(page, ApplicationView.of(application), problems(page, e), null));
        } catch (ApplicationStateException e) {
            return seeOther("my/applications/" + id + "?done=not-now");
        }
        return seeOther("my/applications/" + id + "?done=submitted");
    }

    @GET
    @Path("my/reviews")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(hidden = true)
    public Response myReviews() {
        return page(Templates.reviews(page(), reviews.waiting().stream().map(ApplicationView::of).toList()));
    }

    @GET
    @Path("my/reviews/{id}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(hidden = true)
    public Response myReview(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Page page = page();
        return reviewPage(page, reviews.get(id), List.of(), doneText(page, done));
    }

    @POST
    @SameOrigin
    @Path("my/reviews/{id}/decision")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(hidden = true)
    public Response decide(@PathParam("id") UUID id, @FormParam("decision") String decision, @FormParam("comment") String comment) {
        Page page = page();
        try {
            if ("approve".equals(decision)) {
                reviews.approve(subject(), id, comment);
            } else {
                reviews.refuse(subject(), id, comment);
            }
        } catch (InvalidApplicationException e) {
            return reviewPage(page, reviews.get(id), problems(page, e), null);
        } catch (FrontDoorException e) {
            return reviewPage(page, reviews.get(id), List.of(page.m().get("problem.frontDoor")), null);
        } catch (ApplicationStateException e) {
            return seeOther("my/reviews/" + id + "?done=not-now");
        }
        return seeOther("my/reviews/" + id + "?done=" + ("approve".equals(decision) ? "approved" : "refused"));
    }

    private Response reviewPage(Page page, Application application, List<String> problems, String done) {
        return page(Templates.review(page, ApplicationView.of(application), application.ownerSubject,
                sandboxClients.recentSignInsIfReachable(application), problems, done));
    }

    /** What the person just did, said back to them (a known outcome only: the query parameter is theirs to change). */
    private static String doneText(Page page, String done) {
        return done != null && DONE.contains(done) ? page.m().get("page.done." + done) : null;
    }

    private static List<String> problems(Page page, InvalidApplicationException e) {
        return e.violations().stream()
                .map(v -> v.field() + " — " + page.m().of(v))
                .toList();
    }

    private Page page() {
        return Page.of(chosenLanguage, rememberedLanguage, headers, identity);
    }

    private Response page(TemplateInstance instance) {
        Response.ResponseBuilder response = Response.ok(instance).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store");
        if (chosenLanguage != null && org.bawaba.portal.api.Messages.LANGUAGES.contains(chosenLanguage)) {
            response.cookie(new NewCookie.Builder(Page.LANGUAGE_COOKIE).value(chosenLanguage).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        return response.build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create("/" + path)).build();
    }

    private String subject() {
        return identity.getPrincipal().getName();
    }
}
