package org.bawaba.portal.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.bawaba.portal.application.Application;
import org.bawaba.portal.application.ApplicationStatus;
import org.bawaba.portal.application.Applications;
import org.bawaba.portal.application.Forms;
import org.bawaba.portal.audit.AuditEntry;
import org.bawaba.portal.production.FakeProductionClients;
import org.junit.jupiter.api.Test;

/** An operator reviews requests for production: sees them with their claims and legal basis, approves or refuses. */
@QuarkusTest
@TestSecurity(user = "operator-1", roles = "bawaba-operator")
class ReviewApiTest {

    @Inject
    Applications applications;

    @Inject
    FakeProductionClients frontDoor;

    @Test
    void anOperatorSeesASubmittedRequestAndApprovesIt() {
        UUID id = submitted();

        given().when().get("/api/reviews").then().statusCode(200)
                .body("application.id", hasItem(id.toString()));
        given().when().get("/api/reviews/" + id).then().statusCode(200)
                .body("ownerSubject", equalTo("integrator-r"))
                .body("application.claimScopes[0].scope", equalTo("profile"))
                .body("application.claimScopes[0].legalBasis", equalTo("Loi 15-95, art. 3"))
                .body("audit.action", equalTo(List.of("created", "sandbox-client", "submitted")))
                .body("sandboxSignIns.username", equalTo(List.of("fictif-khadija-eidas2")));

        given().contentType(ContentType.JSON).body("{\"comment\":\"Conforme.\"}")
                .when().post("/api/reviews/" + id + "/approval")
                .then().statusCode(200)
                .body("application.status", equalTo("APPROVED"))
                .body("application.reviewComment", equalTo("Conforme."));

        List<AuditEntry> trail = AuditEntry.of(id);
        assertThat(trail).extracting(e -> e.action)
                .containsExactly("created", "sandbox-client", "submitted", "production-client", "approved");
        assertThat(trail.get(3).detail).isEqualTo("rp-" + id);
        assertThat(trail.get(4).actorSubject).isEqualTo("operator-1");
        assertThat(trail.get(4).actorRole).isEqualTo("bawaba-operator");
        assertThat(frontDoor.applied()).contains("rp-" + id);
        given().when().get("/api/reviews").then().body("application.id", not(hasItem(id.toString())));
    }

    @Test
    void aRefusalNeedsACommentAndLetsTheIntegratorTryAgain() {
        UUID id = submitted();

        given().header("Accept-Language", "en").contentType(ContentType.JSON).body("{\"comment\":\"\"}")
                .when().post("/api/reviews/" + id + "/refusal")
                .then().statusCode(400).body("violations[0].field", equalTo("comment"))
                .body("violations[0].message", equalTo("This field is required."));
        given().contentType(ContentType.JSON).body("{\"comment\":\"La date de naissance n'est pas justifiée.\"}")
                .when().post("/api/reviews/" + id + "/refusal")
                .then().statusCode(200).body("application.status", equalTo("REFUSED"));

        Application refused = applications.owned("integrator-r", id).orElseThrow();
        assertThat(refused.status).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(refused.reviewComment).isEqualTo("La date de naissance n'est pas justifiée.");
        assertThat(applications.update("integrator-r", id, Forms.validForm()).status).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(applications.submit("integrator-r", id).status).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void whenTheFrontDoorFailsNothingIsApproved() {
        UUID id = submitted();
        frontDoor.failing(true);
        try {
            given().header("Accept-Language", "en").contentType(ContentType.JSON).body("{}")
                    .when().post("/api/reviews/" + id + "/approval")
                    .then().statusCode(503)
                    .body("title", equalTo("The front door could not register the client: nothing was done. Try again in a moment."));
        } finally {
            frontDoor.failing(false);
        }
        assertThat(applications.owned("integrator-r", id).orElseThrow().status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(AuditEntry.of(id)).extracting(e -> e.action).containsExactly("created", "sandbox-client", "submitted");
    }

    @Test
    void onlySubmittedRequestsAreDecided() {
        UUID inSandbox = applications.create("integrator-r", Forms.validForm()).application().id;

        given().contentType(ContentType.JSON).body("{}").when().post("/api/reviews/" + inSandbox + "/approval")
                .then().statusCode(409);
        given().when().get("/api/reviews/" + UUID.randomUUID()).then().statusCode(404);
    }

    private UUID submitted() {
        UUID id = applications.create("integrator-r", Forms.validForm()).application().id;
        applications.submit("integrator-r", id);
        return id;
    }
}
