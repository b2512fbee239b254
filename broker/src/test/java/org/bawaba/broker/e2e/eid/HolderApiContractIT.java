package org.bawaba.broker.e2e.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.TestRelyingParties;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.eid.HolderApiDocument;
import org.bawaba.broker.e2e.support.pages.EidChipPage;
import org.bawaba.eid.simulator.app.HolderApp;
import org.bawaba.eid.simulator.app.HolderLink;
import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.app.RawAnswer;
import org.bawaba.eid.simulator.app.Selfie;
import org.bawaba.eid.simulator.app.Transaction;
import org.bawaba.eid.simulator.document.FaceImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The holder API answers what its OpenAPI 3.1 document says: every answer the server really gives, for each
 * operation and status, is validated against the schema the served document declares for it.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class HolderApiContractIT {

    private static final String TRANSACTION = "/transaction";
    private static final String PRESENTATION = "/transaction/presentation";
    private static final String STATUS = "/browser/status";
    private static final String RP = "holder-api-contract-rp";

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private HolderApiDocument api;
    private RelyingParty rp;

    @BeforeEach
    void setUp() {
        api = HolderApiDocument.served(urls.getBase());
        rp = TestRelyingParties.confidential(admin, urls.getBase(), RP, "test-only-contract-secret",
                "http://localhost:8090/contract/callback", Map.of());
    }

    private EidChipPage chipPage(Browser browser) {
        return EidChipPage.on(browser, browser.open(rp.newAttempt().with("acr_values", "eidas3").authorizationUrl()
                + "&kc_idp_hint=" + Providers.EID));
    }

    @Test
    void theServedDocumentIsOpenApi31AndDescribesEveryOperation() {
        assertThat(api.json().path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(api.json().path("paths").fieldNames()).toIterable()
                .containsExactlyInAnyOrder(TRANSACTION, PRESENTATION, STATUS);
    }

    @Test
    void aVerifiedSignInAnswersAsDocumented() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        EidChipPage page = chipPage(browser);
        HolderApp app = new HolderApp(HolderLink.parse(page.appLink()));

        api.assertConforms(STATUS, "get", 200, browser.open(page.statusUrl()).body());
        RawAnswer transaction = app.fetchRaw();
        api.assertConforms(TRANSACTION, "get", 200, transaction.body());
        api.assertConforms(STATUS, "get", 200, browser.open(page.statusUrl()).body());

        Transaction fetched = app.fetchTransaction();
        Outcome verified = app.present(holder.document().present(fetched.challenge()),
                FaceImages.portrait(holder.document().dataGroup(2)));
        assertThat(verified.httpStatus()).as(verified.describe()).isEqualTo(200);
        api.assertConforms(PRESENTATION, "post", 200, verified.body());
        api.assertConforms(STATUS, "get", 200, browser.open(page.statusUrl()).body());

        RawAnswer finished = app.fetchRaw();
        assertThat(finished.status()).isEqualTo(409);
        api.assertConforms(TRANSACTION, "get", 409, finished.body());
        Browser.Page otherBrowser = new Browser(urls.getBase()).open(page.statusUrl());
        assertThat(otherBrowser.status()).isEqualTo(404);
        api.assertConforms(STATUS, "get", 404, otherBrowser.body());
    }

    @Test
    void refusalsAndProblemsAnswerAsDocumented() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        EidChipPage first = chipPage(browser);
        HolderApp app = new HolderApp(HolderLink.parse(first.appLink()));

        RawAnswer unknown = new HolderApp(HolderLink.parse(first.appLink()).withSecret("B".repeat(43))).fetchRaw();
        assertThat(unknown.status()).isEqualTo(401);
        api.assertConforms(TRANSACTION, "get", 401, unknown.body());
        Outcome unknownPost = new HolderApp(HolderLink.parse(first.appLink()).withSecret("B".repeat(43)))
                .postRaw("{}");
        assertThat(unknownPost.httpStatus()).isEqualTo(401);
        api.assertConforms(PRESENTATION, "post", 401, unknownPost.body());

        Transaction transaction = app.fetchTransaction();
        Outcome malformed = app.postRaw("{\"sod\": 1}");
        assertThat(malformed.httpStatus()).isEqualTo(400);
        api.assertConforms(PRESENTATION, "post", 400, malformed.body());
        Outcome wrongType = app.postRaw("sod=1".getBytes(), "text/plain");
        assertThat(wrongType.httpStatus()).isEqualTo(415);
        api.assertConforms(PRESENTATION, "post", 415, wrongType.body());
        Outcome tooLarge = app.postRaw(new byte[transaction.limits().maxRequestBytes() + 1], "application/json");
        assertThat(tooLarge.httpStatus()).isEqualTo(413);
        api.assertConforms(PRESENTATION, "post", 413, tooLarge.body());

        String presentation = HolderApp.presentationJson(holder.document().present(transaction.challenge()),
                FaceImages.jpeg(holder.spec().faceSeed() + 7919));
        Outcome refused = app.postRaw(presentation);
        assertThat(refused.httpStatus()).as(refused.describe()).isEqualTo(422);
        api.assertConforms(PRESENTATION, "post", 422, refused.body());
        Outcome reused = app.postRaw(presentation);
        assertThat(reused.httpStatus()).isEqualTo(409);
        api.assertConforms(PRESENTATION, "post", 409, reused.body());
        api.assertConforms(STATUS, "get", 200, browser.open(first.statusUrl()).body());

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(holder.phone(first).withSelfie(Selfie.OTHER).run().httpStatus()).isEqualTo(422);
        }
        RawAnswer exhausted = app.fetchRaw();
        assertThat(exhausted.status()).isEqualTo(429);
        api.assertConforms(TRANSACTION, "get", 429, exhausted.body());
        Outcome exhaustedPost = app.postRaw(presentation);
        assertThat(exhaustedPost.httpStatus()).isEqualTo(429);
        api.assertConforms(PRESENTATION, "post", 429, exhaustedPost.body());

        first.tryAgain();
        RawAnswer replaced = app.fetchRaw();
        assertThat(replaced.status()).isEqualTo(410);
        api.assertConforms(TRANSACTION, "get", 410, replaced.body());
        Outcome replacedPost = app.postRaw(presentation);
        assertThat(replacedPost.httpStatus()).isEqualTo(410);
        api.assertConforms(PRESENTATION, "post", 410, replacedPost.body());
    }
}
