package org.bawaba.portal.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Integrator B can neither see nor change integrator A's application, through any endpoint: each answers as for an
 * application that does not exist. Operators' endpoints refuse integrators, and nobody gets in unauthenticated.
 */
@QuarkusTest
class IsolationTest {

    @Inject
    Applications applications;

    private UUID ofA;

    @BeforeEach
    void integratorAHasAnApplication() {
        ofA = applications.create("integrator-a", Forms.validForm()).application().id;
    }

    @Test
    @TestSecurity(user = "integrator-b", roles = "bawaba-integrator")
    void integratorBCannotSeeIt() {
        given().when().get("/api/applications/" + ofA).then().statusCode(404);
        given().when().get("/api/applications/" + ofA + "/audit").then().statusCode(404);
        given().when().get("/api/applications/" + ofA + "/logo").then().statusCode(404);
        given().when().get("/api/applications").then().statusCode(200).body("id", not(hasItem(ofA.toString())));
    }

    @Test
    @TestSecurity(user = "integrator-b", roles = "bawaba-integrator")
    void integratorBCannotChangeIt() {
        given().contentType(ContentType.JSON).body(Forms.with("organisation", "Not mine"))
                .when().put("/api/applications/" + ofA).then().statusCode(404);
        given().contentType("image/png").body(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})
                .when().put("/api/applications/" + ofA + "/logo").then().statusCode(404);
        given().when().post("/api/applications/" + ofA + "/submission").then().statusCode(404);
        given().when().post("/api/applications/" + ofA + "/sandbox-secret").then().statusCode(404);
        given().when().post("/api/applications/" + ofA + "/production-secret").then().statusCode(404);

        org.assertj.core.api.Assertions.assertThat(applications.owned("integrator-a", ofA).orElseThrow().organisation)
                .isEqualTo("Office des Changes");
    }

    @Test
    @TestSecurity(user = "integrator-b", roles = "bawaba-integrator")
    void integratorsAreRefusedTheOperatorsEndpoints() {
        given().when().get("/api/reviews").then().statusCode(403);
        given().when().get("/api/reviews/" + ofA).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/reviews/" + ofA + "/approval").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"comment\":\"no\"}")
                .when().post("/api/reviews/" + ofA + "/refusal").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "operator", roles = "bawaba-operator")
    void operatorsAreNotIntegrators() {
        given().when().get("/api/applications/" + ofA).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Forms.valid()).when().post("/api/applications").then().statusCode(403);
    }

    @Test
    void nobodyGetsInUnauthenticated() {
        given().when().get("/api/applications").then().statusCode(401);
        given().when().get("/api/reviews").then().statusCode(401);
    }
}
