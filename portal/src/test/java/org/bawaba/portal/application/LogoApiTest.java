package org.bawaba.portal.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Logos: PNG or SVG of drawing elements only, at most 100 KB, served back so no browser runs anything in them. */
@QuarkusTest
@TestSecurity(user = "integrator-logo", roles = "bawaba-integrator")
class LogoApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void aPngLogoIsKeptAndServedWithoutActiveContent() {
        String id = ApplicationApiTest.create(Forms.valid());

        given().contentType("image/png").body(PNG).when().put("/api/applications/" + id + "/logo")
                .then().statusCode(200).body("logoMediaType", equalTo("image/png"));

        given().when().get("/api/applications/" + id + "/logo")
                .then().statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    }

    @Test
    void aPlainSvgDrawingIsAccepted() {
        String id = ApplicationApiTest.create(Forms.valid());
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <title>OC</title>
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#006233"/></linearGradient></defs>
                  <rect width="10" height="10" fill="url(#g)"/>
                  <use xlink:href="#g"/>
                  <text x="1" y="8" font-family="sans-serif">مكتب</text>
                </svg>""";

        given().contentType("image/svg+xml").body(svg.getBytes(StandardCharsets.UTF_8))
                .when().put("/api/applications/" + id + "/logo")
                .then().statusCode(200).body("logoMediaType", equalTo("image/svg+xml"));
    }

    @Test
    void aScriptedSvgIsRefusedNamingWhatIsWrong() {
        String id = ApplicationApiTest.create(Forms.valid());

        refused(id, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                .body("violations[0].message", equalTo("The SVG logo contains <script>, which is not accepted: send a plain "
                        + "drawing (shapes, paths, text) without scripts, styles or links out, or a PNG image."));
        refused(id, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>")
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("The SVG logo contains onload,"));
        refused(id, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<use xlink:href=\"https://evil.example/x.svg#a\"/></svg>")
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("The SVG logo contains xlink:href,"));
        refused(id, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(https://evil.example/p)\"/></svg>")
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("The SVG logo contains fill,"));
        refused(id, "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"
                + "</foreignObject></svg>")
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("The SVG logo contains <foreignObject>,"));
        refused(id, "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>rect{fill:url(https://evil.example/)}</style></svg>")
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("The SVG logo contains <style>,"));
    }

    @Test
    void anSvgWithADoctypeIsNotReadAtAll() {
        String id = ApplicationApiTest.create(Forms.valid());

        refused(id, "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>")
                .body("violations[0].message", equalTo("This file is not a readable SVG image."));
    }

    @Test
    void anOversizedOrMislabelledLogoIsRefused() {
        String id = ApplicationApiTest.create(Forms.valid());
        byte[] big = Arrays.copyOf(PNG, 102_401);

        given().header("Accept-Language", "en").contentType("image/png").body(big)
                .when().put("/api/applications/" + id + "/logo")
                .then().statusCode(400).body("violations[0].message", equalTo("The logo may not be larger than 100 KB."));
        given().header("Accept-Language", "en").contentType("image/png").body("<svg/>".getBytes(StandardCharsets.UTF_8))
                .when().put("/api/applications/" + id + "/logo")
                .then().statusCode(400).body("violations[0].message", equalTo("This file is not a PNG image."));
        given().when().get("/api/applications/" + id).then().body("logoMediaType", equalTo(null));
    }

    private static io.restassured.response.ValidatableResponse refused(String id, String svg) {
        return given().header("Accept-Language", "en").contentType("image/svg+xml").body(svg.getBytes(StandardCharsets.UTF_8))
                .when().put("/api/applications/" + id + "/logo")
                .then().statusCode(400).body("violations[0].field", equalTo("logo"));
    }
}
