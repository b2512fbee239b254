package org.bawaba.broker.e2e.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestRelyingParties;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.EidTestPki;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.ConsentPage;
import org.bawaba.broker.e2e.support.pages.EidChipPage;
import org.bawaba.eid.simulator.app.HolderApp;
import org.bawaba.eid.simulator.app.HolderLink;
import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.app.Selfie;
import org.bawaba.eid.simulator.app.Transaction;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Signing in at the highest level with the chip of an identity document: the front door's chooser, the e-ID
 * provider's QR page, the phone (the holder simulator against the real holder API), the face service (WireMock),
 * and back to the service with {@code acr=eidas3}; every way it must refuse, and what it leaves behind.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ChipSignInIT {

    private static final String RP = "chip-sign-in-rp";
    private static final String RP_SECRET = "test-only-chip-sign-in-secret";
    private static final String RP_REDIRECT = "http://localhost:8090/chip-sign-in/callback";

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private RelyingParty rp;
    private ServerClock clock;

    @BeforeEach
    void setUp() {
        rp = TestRelyingParties.confidential(admin, urls.getBase(), RP, RP_SECRET, RP_REDIRECT, Map.of());
        clock = new ServerClock(urls.getBase());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private EidChipPage chipPage(Browser browser, RelyingParty.Attempt attempt) {
        return EidChipPage.on(browser, browser.open(attempt.authorizationUrl() + "&kc_idp_hint=" + Providers.EID));
    }

    @Test
    void aServiceAskingEidas3GetsItThroughTheChipWithThePivotIdentityInBothScripts() throws Exception {
        Person person = Person.random();
        ChipHolder holder = ChipHolder.of(person);
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty.Attempt attempt = oc.newAttempt().with("acr_values", "eidas3");
        Browser browser = new Browser(urls.getBase());

        ChooserPage chooser = ChooserPage.on(browser, browser.open(attempt.authorizationUrl()));
        assertThat(chooser.isDisabled(Providers.EID)).as("the e-ID reaches eidas3").isFalse();
        assertThat(chooser.isDisabled(Providers.ACCOUNT)).as("password and code do not").isTrue();
        EidChipPage page = EidChipPage.on(browser, chooser.choose(Providers.EID));
        assertThat(page.mode()).isEqualTo("scan");
        assertThat(page.page().document().select("#bawaba-eid-qr svg[role=img]")).hasSize(1);
        assertThat(page.confirmationCode()).matches("[0-9]{3} [0-9]{3}");

        Transaction[] fetched = new Transaction[1];
        Outcome outcome = holder.phone(page).onTransaction(transaction -> fetched[0] = transaction).run();
        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        assertThat(fetched[0].confirmationCode()).as("the phone shows the page's code").isEqualTo(page.confirmationCode());
        assertThat(fetched[0].service()).as("and the service's name").isEqualTo("Office des Changes — OC CONNECT");
        assertThat(browser.open(page.statusUrl()).body()).contains("\"state\":\"verified\"");

        Browser.Page back = ConsentPage.on(browser, page.continueSignIn()).accept();
        Map<String, String> response = back.redirectParameters();
        assertThat(response).containsKey("code").containsEntry("state", attempt.state);
        RelyingParty.Json tokens = attempt.exchange(response.get("code"));
        JWTClaimsSet id = oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);
        assertThat(id.getClaim("acr")).isEqualTo("eidas3");
        assertThat(id.getStringListClaim("amr")).containsExactly("hwk", "sc", "face");
        assertThat(id.getClaims()).containsEntry("family_name", person.familyName().toUpperCase())
                .containsEntry("given_name", person.givenName().toUpperCase())
                .containsEntry("family_name_ar", person.familyNameAr())
                .containsEntry("given_name_ar", person.givenNameAr())
                .containsEntry("birthdate", person.birthdate())
                .containsEntry("gender", person.gender())
                .containsEntry("birthplace", person.birthplace().toUpperCase())
                .containsEntry("birthcountry", "MA");
        UserRepresentation eidAccount = holder.eidAccount(admin);
        assertThat(eidAccount.getAttributes()).containsEntry("national_id", List.of(person.nationalId()));
        assertThat(admin.realm(Providers.EID).users().get(eidAccount.getId()).credentials())
                .as("no password: the chip is the only way in").isEmpty();
        assertThat(faces.requests()).as("the selfie was compared with the chip's portrait").isNotEmpty();
    }

    private static final Map<ForgedVariant, String> REFUSALS = new EnumMap<>(Map.of(
            ForgedVariant.SUBSTITUTED_DATA_GROUP, "document_altered",
            ForgedVariant.FLIPPED_SOD_BYTE, "document_altered",
            ForgedVariant.WRONG_CSCA, "document_not_recognised",
            ForgedVariant.REVOKED_DOCUMENT_SIGNER, "document_revoked",
            ForgedVariant.EXPIRED_DOCUMENT, "document_expired",
            ForgedVariant.REPLAYED_AA_ANSWER, "chip_not_genuine",
            ForgedVariant.DATA_GROUP_NOT_IN_SOD, "document_altered",
            ForgedVariant.MISMATCHED_ISSUING_STATE, "document_not_recognised",
            ForgedVariant.TAMPERED_CHECK_DIGIT, "document_altered"));

    private static final Map<ForgedVariant, String> VERDICTS = new EnumMap<>(Map.of(
            ForgedVariant.SUBSTITUTED_DATA_GROUP, "DG_HASH_MISMATCH",
            ForgedVariant.FLIPPED_SOD_BYTE, "SOD_SIGNATURE_INVALID",
            ForgedVariant.WRONG_CSCA, "DS_CHAIN_UNTRUSTED",
            ForgedVariant.REVOKED_DOCUMENT_SIGNER, "DS_REVOKED",
            ForgedVariant.EXPIRED_DOCUMENT, "DOCUMENT_EXPIRED",
            ForgedVariant.REPLAYED_AA_ANSWER, "AA_FAILED",
            ForgedVariant.DATA_GROUP_NOT_IN_SOD, "DG_NOT_IN_SOD",
            ForgedVariant.MISMATCHED_ISSUING_STATE, "ISSUING_STATE_MISMATCH",
            ForgedVariant.TAMPERED_CHECK_DIGIT, "MRZ_CHECK_DIGIT_INVALID"));

    @ParameterizedTest
    @EnumSource(ForgedVariant.class)
    void eachForgedDocumentIsRefusedWithItsOwnReasonAndNoAccountIsCreated(ForgedVariant variant) {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = rp.newAttempt().with("acr_values", "eidas3");
        EidChipPage page = chipPage(browser, attempt);
        long since = Instant.now().toEpochMilli() - 1000;

        Outcome outcome = holder.forgedPhone(page, variant).run();

        assertThat(outcome.refused()).as(outcome.describe()).isTrue();
        assertThat(outcome.reason()).isEqualTo(REFUSALS.get(variant));
        assertThat(outcome.message()).as("in the page's language").isNotBlank().doesNotContain("bawabaEid");
        EidChipPage shown = EidChipPage.on(browser, page.continueSignIn());
        assertThat(shown.mode()).isEqualTo("refused");
        assertThat(shown.refusal()).isEqualTo(REFUSALS.get(variant));
        assertThat(shown.refusalText()).isEqualTo(outcome.message());
        assertThat(shown.canTryAgain()).isTrue();
        assertThat(holder.hasEidAccount(admin)).as("no e-ID account for a forged document").isFalse();
        assertThat(eidErrors(since, "eid_refused")).as("LOGIN_ERROR with the verdict")
                .anySatisfy(event -> assertThat(event.getDetails()).containsEntry("reason", VERDICTS.get(variant))
                        .containsEntry("refusal", REFUSALS.get(variant)));

        Browser.Page chooser = shown.chooseAnotherWay();
        assertThat(ChooserPage.isShownOn(chooser)).as("choose another way: the front door's chooser").isTrue();
        assertThat(holder.frontDoorAccounts(admin)).isEmpty();
    }

    @Test
    void aChallengeIsAnsweredOnceAndARefusedPresentationCannotBeReplayed() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        EidChipPage page = chipPage(browser, rp.newAttempt().with("acr_values", "eidas3"));
        HolderApp app = new HolderApp(HolderLink.parse(page.appLink()));
        long since = Instant.now().toEpochMilli() - 1000;

        Transaction transaction = app.fetchTransaction();
        assertThat(transaction.challenge()).hasSize(8);
        String presentation = HolderApp.presentationJson(holder.document().present(transaction.challenge()),
                org.bawaba.eid.simulator.document.FaceImages.jpeg(holder.spec().faceSeed() + 7919));
        Outcome first = app.postRaw(presentation);
        assertThat(first.refused()).as(first.describe()).isTrue();
        assertThat(first.reason()).isEqualTo("face_mismatch");
        assertThat(first.attemptsLeft()).isEqualTo(2);

        Outcome replayed = app.postRaw(presentation);
        assertThat(replayed.httpStatus()).isEqualTo(409);
        assertThat(replayed.status()).isEqualTo("challenge_used");
        assertThat(eidErrors(since, "eid_challenge_reused")).isNotEmpty();

        Transaction again = app.fetchTransaction();
        assertThat(again.challenge()).as("a new challenge for the next attempt").isNotEqualTo(transaction.challenge());
        Outcome stale = app.postRaw(presentation);
        assertThat(stale.status()).as("an answer to the old challenge").isEqualTo("challenge_used");
    }

    @Test
    void anotherBrowserCannotFollowNorFinishThisBrowsersTransaction() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser mine = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = rp.newAttempt().with("acr_values", "eidas3");
        EidChipPage page = chipPage(mine, attempt);
        assertThat(holder.phone(page).run().verified()).isTrue();

        Browser other = new Browser(urls.getBase());
        Browser.Page status = other.open(page.statusUrl());
        assertThat(status.status()).as("another browser does not see the transaction").isEqualTo(404);
        Browser.Page stolen = other.submit(page.page(), "#bawaba-eid-form", Map.of("continue", "true"));
        assertThat(stolen.leftBroker() && stolen.redirectParameters().containsKey("code"))
                .as("no code for another browser:\n%s", stolen.body()).isFalse();

        Browser.Page mineBack = page.continueSignIn();
        JWTClaimsSet id = TestRelyingParties.idToken(rp, attempt, mineBack);
        assertThat(id.getClaim("acr")).as("the browser that opened it still finishes").isEqualTo("eidas3");
    }

    @Test
    void aTransactionReplacedByANewQrCodeOrPastItsFiveMinutesIsRefused() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        EidChipPage first = chipPage(browser, rp.newAttempt().with("acr_values", "eidas3"));
        EidChipPage second = first.tryAgain();
        assertThat(second.appLink()).isNotEqualTo(first.appLink());

        Outcome replaced = holder.phone(first).run();
        assertThat(replaced.httpStatus()).isEqualTo(410);
        assertThat(replaced.status()).isEqualTo("transaction_expired");

        clock.advance(Duration.ofSeconds(301));
        Outcome late = holder.phone(second).run();
        assertThat(late.httpStatus()).as(late.describe()).isEqualTo(410);
        assertThat(late.status()).isEqualTo("transaction_expired");
        EidChipPage shown = EidChipPage.on(browser, second.continueSignIn());
        assertThat(shown.refusal()).isEqualTo("timed_out");
        assertThat(shown.refusalText()).contains("délai");
        clock.reset();   // the admin client's token was issued on the unmoved clock
        assertThat(holder.hasEidAccount(admin)).isFalse();
    }

    @Test
    void aFaceThatDoesNotMatchIsRefusedAndTheThirdAttemptEndsTheTransaction() {
        ChipHolder holder = ChipHolder.of(Person.random());
        Browser browser = new Browser(urls.getBase());
        EidChipPage page = chipPage(browser, rp.newAttempt().with("acr_values", "eidas3"));

        for (int left = 2; left >= 0; left--) {
            Outcome outcome = holder.phone(page).withSelfie(Selfie.OTHER).run();
            assertThat(outcome.reason()).isEqualTo("face_mismatch");
            assertThat(outcome.attemptsLeft()).isEqualTo(left);
            assertThat(browser.open(page.statusUrl()).body()).contains("\"state\":\"refused\"")
                    .contains("\"attemptsLeft\":" + left);
        }
        Outcome fourth = holder.phone(page).run();
        assertThat(fourth.httpStatus()).isEqualTo(429);
        assertThat(fourth.status()).isEqualTo("too_many_attempts");

        EidChipPage shown = EidChipPage.on(browser, page.continueSignIn());
        assertThat(shown.refusal()).isEqualTo("face_mismatch");
        assertThat(shown.refusalText()).contains("selfie");
        assertThat(holder.hasEidAccount(admin)).isFalse();
    }

    @Test
    void aFaceServiceThatIsDownOrTooSlowGivesAClearPage() {
        ChipHolder holder = ChipHolder.of(Person.random());
        for (Runnable outage : List.<Runnable>of(() -> faces.failingWith(503), () -> faces.answeringAfter(6000))) {
            outage.run();
            Browser browser = new Browser(urls.getBase());
            EidChipPage page = chipPage(browser, rp.newAttempt().with("acr_values", "eidas3"));

            Outcome outcome = holder.phone(page).run();

            assertThat(outcome.reason()).as(outcome.describe()).isEqualTo("face_service_unavailable");
            EidChipPage shown = EidChipPage.on(browser, page.continueSignIn());
            assertThat(shown.refusal()).isEqualTo("face_service_unavailable");
            assertThat(shown.refusalText()).contains("momentanément indisponible");
            assertThat(holder.hasEidAccount(admin)).isFalse();
        }
    }

    @Test
    void malformedOversizedOrMistypedPresentationsGetAClearErrorAndAnEvent() {
        Browser browser = new Browser(urls.getBase());
        EidChipPage page = chipPage(browser, rp.newAttempt().with("acr_values", "eidas3"));
        HolderApp app = new HolderApp(HolderLink.parse(page.appLink()));
        app.fetchTransaction();
        long since = Instant.now().toEpochMilli() - 1000;

        Outcome notJson = app.postRaw("{\"challenge\": [1, 2");
        assertThat(notJson.httpStatus()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo("malformed_request");
        assertThat(notJson.body()).doesNotContain("Exception", "at org.");

        byte[] huge = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'A');
        Outcome oversized = app.postRaw(huge, "application/json");
        assertThat(oversized.httpStatus()).isEqualTo(413);
        assertThat(oversized.status()).isEqualTo("request_too_large");

        Outcome form = app.postRaw("challenge=x".getBytes(), "application/x-www-form-urlencoded");
        assertThat(form.httpStatus()).isEqualTo(415);

        org.bawaba.eid.simulator.app.RawAnswer unknown =
                new HolderApp(HolderLink.parse(page.appLink()).withSecret("A".repeat(43))).fetchRaw();
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).contains("\"error\":\"transaction_unknown\"");

        assertThat(eidErrors(since, "eid_malformed_request")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(eidErrors(since, "eid_transaction_unknown")).isNotEmpty();
    }

    @Test
    void thePersonSignedInThroughTheAccountAndThroughTheChipIsOneFrontDoorAccount() {
        Person person = Person.random();
        UserRepresentation accountHolder = Providers.accountHolder(admin, person);
        ChipHolder chipHolder = ChipHolder.of(person);

        RelyingParty.Attempt viaAccount = rp.newAttempt();
        JWTClaimsSet first = TestRelyingParties.idToken(rp, viaAccount,
                Providers.signInWithAccount(new Browser(urls.getBase()), viaAccount.authorizationUrl(), accountHolder, sms));
        RelyingParty.Attempt viaChip = rp.newAttempt().with("acr_values", "eidas3");
        JWTClaimsSet second = TestRelyingParties.idToken(rp, viaChip,
                chipHolder.signIn(new Browser(urls.getBase()), viaChip.authorizationUrl()));

        assertThat(second.getSubject()).isEqualTo(first.getSubject());
        assertThat(second.getClaim("acr")).isEqualTo("eidas3");
        String frontDoorId = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountHolder).get(0).getId();
        assertThat(chipHolder.frontDoorAccounts(admin))
                .singleElement().satisfies(user -> assertThat(user.getId()).isEqualTo(frontDoorId));
    }

    @Test
    void aCscaAddedToTheTrustDirectoryIsTrustedWithoutARestart() throws Exception {
        TestPki newCsca = TestPki.generate("MA", KeyAlgorithm.RSA, Instant.now(), new SecureRandom());
        ChipHolder holder = ChipHolder.of(Person.random(), newCsca);
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = rp.newAttempt().with("acr_values", "eidas3");
        EidChipPage page = chipPage(browser, attempt);

        Outcome before = holder.phone(page).run();
        assertThat(before.reason()).as(before.describe()).isEqualTo("document_not_recognised");

        Path added = EidTestPki.trustDirectory().resolve("csca-MA-rollover.der");
        Files.write(added, newCsca.csca().getEncoded());
        try {
            // The trust store looks at its directory at most once a second (reload-interval-seconds=1 in tests);
            // the transaction allows three attempts.
            Thread.sleep(1500);
            Outcome after = holder.phone(page).run();
            if ("document_not_recognised".equals(after.reason())) {
                Thread.sleep(1500);
                after = holder.phone(page).run();
            }
            assertThat(after.verified()).as(after.describe()).isTrue();
            assertThat(TestRelyingParties.idToken(rp, attempt, page.continueSignIn()).getClaim("acr"))
                    .isEqualTo("eidas3");
        } finally {
            Files.delete(added);
        }
    }

    private List<EventRepresentation> eidErrors(long sinceMillis, String error) {
        return admin.realm(Providers.EID).getEvents(List.of("LOGIN_ERROR"), null, null, null, null, null, 0, 200)
                .stream().filter(event -> event.getTime() >= sinceMillis && error.equals(event.getError())).toList();
    }
}
