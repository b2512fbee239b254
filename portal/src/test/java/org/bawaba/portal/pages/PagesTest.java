package org.bawaba.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.bawaba.portal.application.ApplicationStatus;
import org.bawaba.portal.application.Applications;
import org.bawaba.portal.application.Forms;
import org.junit.jupiter.api.Test;

/** The pages, as a browser gets them: the person's language and direction, their own applications, same-origin forms. */
@QuarkusTest
class PagesTest {

    @Inject
    Applications applications;

    @Test
    @TestSecurity(user = "integrator-p", roles = "bawaba-integrator")
    void anIntegratorSeesTheirApplicationsInTheirLanguage() {
        UUID id = applications.create("integrator-p", Forms.validForm()).application().id;
        applications.create("someone-else", Forms.validForm());

        given().queryParam("lang", "ar").when().get("/my/applications")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .cookie(Page.LANGUAGE_COOKIE, "ar")
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("التصريحات عبر الإنترنت"))
                .body(containsString("/my/applications/" + id));
        given().header("Accept-Language", "en").when().get("/my/applications/" + id)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Ask for production"))
                .body(not(containsString("Approve")));
    }

    @Test
    @TestSecurity(user = "integrator-p", roles = "bawaba-integrator")
    void aFormPostFromAnotherSiteIsRefused() {
        UUID id = applications.create("integrator-p", Forms.validForm()).application().id;

        given().header("Origin", "https://evil.example").redirects().follow(false)
                .when().post("/my/applications/" + id + "/submission").then().statusCode(403);
        given().redirects().follow(false).when().post("/my/applications/" + id + "/submission").then().statusCode(403);
        assertThat(org.bawaba.portal.audit.AuditEntry.of(id)).extracting(e -> e.action).doesNotContain("submitted");

        given().header("Sec-Fetch-Site", "same-origin").redirects().follow(false)
                .when().post("/my/applications/" + id + "/submission")
                .then().statusCode(303).header("Location", containsString("done=submitted"));
        assertThat(applications.owned("integrator-p", id).orElseThrow().status).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @TestSecurity(user = "operator-p", roles = "bawaba-operator")
    void anOperatorDecidesFromTheReviewPage() {
        UUID id = applications.create("integrator-q", Forms.validForm()).application().id;
        applications.submit("integrator-q", id);

        given().header("Accept-Language", "fr").when().get("/my/reviews/" + id)
                .then().statusCode(200)
                .body(containsString("Loi 15-95, art. 3"))
                .body(containsString("fictif-khadija-eidas2"))
                .body(containsString("Approuver et créer le client de production"));
        given().header("Sec-Fetch-Site", "same-origin").header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("decision", "refuse").formParam("comment", "")
                .when().post("/my/reviews/" + id + "/decision")
                .then().statusCode(200).body(containsString("This field is required."));
        given().header("Sec-Fetch-Site", "same-origin").contentType("application/x-www-form-urlencoded")
                .formParam("decision", "approve").formParam("comment", "Conforme.").redirects().follow(false)
                .when().post("/my/reviews/" + id + "/decision")
                .then().statusCode(303).header("Location", containsString("done=approved"));
        assertThat(applications.owned("integrator-q", id).orElseThrow().status).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    @TestSecurity(user = "integrator-p", roles = "bawaba-integrator")
    void anIntegratorCannotOpenTheReviews() {
        given().when().get("/my/reviews").then().statusCode(403);
    }
}
