package org.bawaba.portal.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bawaba.portal.api.Roles;
import org.bawaba.portal.application.Application;
import org.bawaba.portal.application.ApplicationNotFoundException;
import org.bawaba.portal.application.ApplicationStateException;
import org.bawaba.portal.application.ApplicationStatus;
import org.bawaba.portal.audit.AuditTrail;
import org.bawaba.portal.production.ProductionClients;
import org.bawaba.portal.validation.InvalidApplicationException;
import org.bawaba.portal.validation.PlainText;
import org.bawaba.portal.validation.Violation;

/**
 * An operator's side: the requests for production, approved or refused with a comment. Approving creates the
 * production client at the front door in the same step.
 */
@ApplicationScoped
public class Reviews {

    public static final int COMMENT_MAX = 1000;

    @Inject
    AuditTrail audit;

    @Inject
    ProductionClients productionClients;

    public List<Application> waiting() {
        return Application.withStatus(ApplicationStatus.SUBMITTED);
    }

    public Application get(UUID id) {
        return Application.<Application>findByIdOptional(id).orElseThrow(ApplicationNotFoundException::new);
    }

    @Transactional
    public Application approve(String operator, UUID id, String comment) {
        Application application = submitted(id);
        checkComment(comment, false);
        // The client first: if the front door refuses, the transaction rolls back and nothing is approved.
        String clientId = productionClients.apply(application);
        audit.record(application.id, operator, Roles.OPERATOR, "production-client", clientId);
        return decide(operator, application, ApplicationStatus.APPROVED, comment, "approved");
    }

    @Transactional
    public Application refuse(String operator, UUID id, String comment) {
        Application application = submitted(id);
        checkComment(comment, true);
        return decide(operator, application, ApplicationStatus.REFUSED, comment, "refused");
    }

    /** A comment is plain text; a refusal must have one, to tell the integrator why. */
    private static void checkComment(String comment, boolean required) {
        List<Violation> violations = new ArrayList<>();
        if (required) {
            PlainText.required("comment", comment, COMMENT_MAX, violations);
        } else {
            PlainText.optional("comment", comment, COMMENT_MAX, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidApplicationException(violations);
        }
    }

    private Application submitted(UUID id) {
        Application application = get(id);
        if (application.status != ApplicationStatus.SUBMITTED) {
            throw new ApplicationStateException(application.status);
        }
        return application;
    }

    private Application decide(String operator, Application application, ApplicationStatus status, String comment,
                               String action) {
        application.status = status;
        application.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        application.updatedAt = Instant.now();
        audit.record(application.id, operator, Roles.OPERATOR, action, application.reviewComment);
        return application;
    }
}
