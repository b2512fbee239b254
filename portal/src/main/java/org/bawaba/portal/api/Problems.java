package org.bawaba.portal.api;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bawaba.portal.application.ApplicationNotFoundException;
import org.bawaba.portal.application.ApplicationStateException;
import org.bawaba.portal.production.FrontDoorException;
import org.bawaba.portal.validation.InvalidApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors as RFC 9457 problem documents, in the caller's language: 400 lists every field at fault with a message a
 * person understands; 404 is the same for an application that does not exist and for one that is someone else's.
 */
public class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    /** One field at fault. */
    public record FieldProblem(String field, String message) {
    }

    public record Problem(String type, String title, int status, List<FieldProblem> violations) {
    }

    @ServerExceptionMapper
    public Response invalid(InvalidApplicationException e, HttpHeaders headers) {
        Messages messages = Messages.forAcceptLanguage(headers.getAcceptableLanguages());
        List<FieldProblem> violations = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), messages.of(v)))
                .toList();
        return problem(400, messages.get("problem.invalid"), violations);
    }

    @ServerExceptionMapper
    public Response notFound(ApplicationNotFoundException e, HttpHeaders headers) {
        return problem(404, Messages.forAcceptLanguage(headers.getAcceptableLanguages()).get("problem.notFound"), List.of());
    }

    @ServerExceptionMapper
    public Response state(ApplicationStateException e, HttpHeaders headers) {
        Messages messages = Messages.forAcceptLanguage(headers.getAcceptableLanguages());
        return problem(409, messages.get("problem.state", messages.get("status." + e.status().name())), List.of());
    }

    @ServerExceptionMapper
    public Response frontDoor(FrontDoorException e, HttpHeaders headers) {
        return problem(503, Messages.forAcceptLanguage(headers.getAcceptableLanguages()).get("problem.frontDoor"), List.of());
    }

    private static Response problem(int status, String title, List<FieldProblem> violations) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, violations)).build();
    }
}
