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

        given().queryParam("ui_locales", "ar").when().get("/my/applications")
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
    @TestSecurity(user = "integrator-n", roles = "bawaba-integrator")
    void anIntegratorRegistersWithTheFormAndSeesTheSandboxSecretOnce() {
        given().header("Sec-Fetch-Site", "same-origin").header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded")
                .formParam("organisation", "CNOPS").formParam("serviceName.fr", "<b>Remboursements</b>")
                .formParam("redirectUris", "http://cnops.example.ma/callback")
                .formParam("scope.profile", "on").formParam("legalBasis.profile", "")
                .formParam("levelOfAssurance", "eidas2").formParam("provider.account", "on")
                .when().post("/my/applications")
                .then().statusCode(200)
                .body(containsString("id=\"e-serviceName.fr\""))
                .body(containsString("This field may not contain the characters &lt; and &gt;"))
                .body(containsString("Use https: http is accepted only for localhost, in the sandbox."))
                .body(containsString("id=\"e-legalBasis-profile\""))
                .body(containsString("value=\"CNOPS\""));
        assertThat(applications.ownedBy("integrator-n")).isEmpty();

        given().header("Sec-Fetch-Site", "same-origin").header("Accept-Language", "fr")
                .contentType("application/x-www-form-urlencoded")
                .formParam("organisation", "CNOPS")
                .formParam("serviceName.fr", "Remboursements").formParam("serviceName.ar", "التعويضات")
                .formParam("serviceName.en", "Refunds")
                .formParam("description.fr", "Suivre ses remboursements.").formParam("description.ar", "تتبع التعويضات.")
                .formParam("description.en", "Follow refunds.")
                .formParam("contact.name", "Karim").formParam("contact.email", "karim@cnops.example.ma")
                .formParam("redirectUris", "https://cnops.example.ma/callback\nhttp://localhost:3000/callback\n")
                .formParam("scope.profile", "on").formParam("legalBasis.profile", "Décret 2-05-733")
                .formParam("levelOfAssurance", "eidas2").formParam("provider.account", "on")
                .when().post("/my/applications")
                .then().statusCode(200)
                .body(containsString("id=\"portal-sandbox-secret\">test-sandbox-secret-"))
                .body(containsString("Copiez son secret maintenant"));
        assertThat(applications.ownedBy("integrator-n")).singleElement()
                .satisfies(created -> assertThat(created.redirectUris).containsExactly("https://cnops.example.ma/callback",
                        "http://localhost:3000/callback"));
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
