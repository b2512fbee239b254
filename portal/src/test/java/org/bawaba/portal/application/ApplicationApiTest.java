package org.bawaba.portal.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The integrators' API, as an integrator's own tooling calls it. */
@QuarkusTest
class ApplicationApiTest {

    @Inject
    Applications applications;

    @Inject
    org.bawaba.portal.review.Reviews reviews;

    @Inject
    org.bawaba.portal.production.FakeSandboxClients sandbox;

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void anIntegratorRegistersAnApplicationThatStartsInTheSandbox() {
        String id = given().contentType(ContentType.JSON).body(Forms.valid())
                .when().post("/api/applications")
                .then().statusCode(201)
                .header("Location", containsString("/api/applications/"))
                .header("Cache-Control", "no-store")
                .body("status", equalTo("SANDBOX"))
                .body("sandboxCredentials.issuer", equalTo("http://localhost:8080/realms/sandbox"))
                .body("sandboxCredentials.clientId", startsWith("sb-"))
                .body("sandboxCredentials.clientSecret", startsWith("test-sandbox-secret-"))
                .body("serviceName.ar", equalTo("التصريحات عبر الإنترنت"))
                .body("redirectUris", equalTo(List.of("https://declarations.oc.example.ma/callback")))
                .body("claimScopes.scope", equalTo(List.of("profile", "email")))
                .body("claims", equalTo(List.of("given_name", "family_name", "birthdate", "gender", "preferred_username",
                        "email", "email_verified")))
                .extract().path("id");

        given().when().get("/api/applications/" + id)
                .then().statusCode(200).body("organisation", equalTo("Office des Changes"))
                .body("levelOfAssurance", equalTo("eidas2"))
                .body("sandboxClientId", equalTo("sb-" + id))
                .body("sandboxCredentials", equalTo(null));
        given().when().post("/api/applications/" + id + "/sandbox-secret")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("clientSecret", startsWith("test-sandbox-secret-"));
        given().when().get("/api/applications")
                .then().statusCode(200).body("id", hasItem(id));
        given().when().get("/api/applications/" + id + "/audit")
                .then().statusCode(200).body("action", equalTo(List.of("created", "sandbox-client", "sandbox-secret-rotated")))
                .body("actorSubject", hasItem("integrator-a"))
                .body("detail", not(hasItem(containsString("secret-"))));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void localhostOverHttpIsAcceptedInTheSandboxButNotForProduction() {
        String id = create(Forms.with("redirectUris", List.of("http://localhost:3000/callback",
                "https://declarations.oc.example.ma/callback")));

        given().header("Accept-Language", "en").when().post("/api/applications/" + id + "/submission")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(2))
                .body("violations[0].field", equalTo("redirectUris[0]"))
                .body("violations[1].field", equalTo("redirectUris"))
                .body("violations[0].message", equalTo(
                        "localhost addresses are for the sandbox only: remove them before asking for production."));
        given().when().get("/api/applications/" + id).then().body("status", equalTo("SANDBOX"));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void productionAddressesMustBeOnOneHostForThePairwiseSubject() {
        String id = create(Forms.with("redirectUris", List.of("https://declarations.oc.example.ma/callback",
                "ma.oc.declarations:/callback")));

        given().header("Accept-Language", "en").when().post("/api/applications/" + id + "/submission")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("redirectUris"))
                .body("violations[0].message", startsWith("Every redirect address must be on one host"));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void badAddressesAreRefusedWithAMessagePerField() {
        Map<String, Object> form = Forms.with("redirectUris", List.of(
                "http://declarations.oc.example.ma/callback",
                "https://*.oc.example.ma/callback",
                "https://declarations.oc.example.ma/callback#top",
                "ma.oc.declarations:/callback",
                "javascript:alert(1)"));
        form.put("postLogoutRedirectUris", List.of("ftp://oc.example.ma/"));

        invalid(form, "en")
                .body("title", equalTo("The request has errors: correct the fields shown."))
                .body("violations.field", equalTo(List.of("redirectUris[0]", "redirectUris[1]", "redirectUris[2]",
                        "redirectUris[4]", "postLogoutRedirectUris[0]")))
                .body("violations[0].message", equalTo("Use https: http is accepted only for localhost, in the sandbox."))
                .body("violations[1].message", equalTo("Wildcards (*) are not accepted: give each address in full."))
                .body("violations[2].message", equalTo("An address may not contain a fragment (#)."))
                .body("violations[3].message", startsWith("Use https, or for a mobile app"));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void markupInANameIsRefusedInTheCallersLanguage() {
        Map<String, Object> form = Forms.with("serviceName",
                Map.of("fr", "<script>alert(1)</script>", "ar", "خدمة", "en", "Service"));

        invalid(form, "fr")
                .body("title", equalTo("La demande comporte des erreurs : corrigez les champs indiqués."))
                .body("violations[0].field", equalTo("serviceName.fr"))
                .body("violations[0].message", startsWith("Ce champ ne peut contenir ni les caractères < et >"));
        invalid(form, "ar")
                .body("violations[0].message", startsWith("لا يمكن أن يتضمن هذا الحقل"));
        assertThat(applications.ownedBy("integrator-a")).noneMatch(a -> a.serviceNameFr.contains("<"));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void everyMissingOrUnknownPieceIsNamed() {
        Map<String, Object> form = Forms.valid();
        form.put("claimScopes", List.of(Map.of("scope", "roles", "legalBasis", "none"),
                Map.of("scope", "profile", "legalBasis", " ")));
        form.put("levelOfAssurance", "high");
        form.put("identityProviders", List.of("google"));
        form.put("contact", Map.of("name", "Salma", "email", "not-an-address"));
        form.put("redirectUris", List.of());

        invalid(form, "en").body("violations.field", equalTo(List.of("contact.email", "redirectUris",
                "claimScopes[0].scope", "claimScopes[1].legalBasis", "levelOfAssurance", "identityProviders[0]")));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void anApplicationUnderReviewCannotBeChanged() {
        String id = create(Forms.valid());
        given().when().post("/api/applications/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Forms.valid())
                .when().put("/api/applications/" + id)
                .then().statusCode(409)
                .body("title", equalTo("This is not possible while the application is under review."));
        given().when().post("/api/applications/" + id + "/submission").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void changesAreAuditedByFieldNameWithoutTheirValues() {
        String id = create(Forms.valid());
        Map<String, Object> changed = Forms.with("organisation", "Office des Changes — DSI");

        given().contentType(ContentType.JSON).body(changed).when().put("/api/applications/" + id)
                .then().statusCode(200).body("organisation", equalTo("Office des Changes — DSI"));

        given().when().get("/api/applications/" + id + "/audit")
                .then().body("action", equalTo(List.of("created", "sandbox-client", "updated")))
                .body("[2].detail", equalTo("organisation"));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void aClientCredentialsIsOnlyForAnApprovedApplicationAndIsNeverStored() {
        String id = create(Forms.valid());
        given().when().post("/api/applications/" + id + "/production-secret").then().statusCode(409);

        java.util.UUID uuid = java.util.UUID.fromString(id);
        applications.submit("integrator-a", uuid);
        reviews.approve("operator-1", uuid, null);

        given().when().post("/api/applications/" + id + "/production-secret")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("clientId", equalTo("rp-" + id))
                .body("issuer", equalTo("http://localhost:8080/realms/bawaba"))
                .body("clientSecret", startsWith("test-secret-"));
        given().when().get("/api/applications/" + id + "/audit").then()
                .body("action", hasItem("secret-rotated"))
                .body("detail", not(hasItem(containsString("test-secret"))));
        given().when().get("/api/applications/" + id).then().body("productionClientId", equalTo("rp-" + id));
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void whenTheSandboxCannotTakeTheClientNoApplicationIsCreated() {
        int before = applications.ownedBy("integrator-a").size();
        sandbox.failing(true);
        try {
            given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Forms.valid())
                    .when().post("/api/applications")
                    .then().statusCode(503);
        } finally {
            sandbox.failing(false);
        }
        assertThat(applications.ownedBy("integrator-a")).hasSize(before);
    }

    @Test
    @TestSecurity(user = "integrator-a", roles = "bawaba-integrator")
    void theOpenApiDocumentListsTheApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/applications"))
                .body("paths.keySet()", hasItem("/api/applications/{id}/submission"))
                .body("paths.keySet()", hasItem("/api/reviews/{id}/approval"));
    }

    static String create(Map<String, Object> form) {
        return given().contentType(ContentType.JSON).body(form)
                .when().post("/api/applications")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse invalid(Map<String, Object> form, String language) {
        return given().header("Accept-Language", language).contentType(ContentType.JSON).body(form)
                .when().post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
