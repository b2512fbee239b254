package org.bawaba.eid.signin.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.bawaba.eid.simulator.document.ActiveAuthenticationKind;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.forgery.Forger;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.Portrait;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChipCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final byte[] CHALLENGE = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final ChipCheck.Selfie SELFIE = new ChipCheck.Selfie("image/jpeg", FaceImages.jpeg(1L));

    private static TestPki pki;
    private static TrustAnchorSource trust;
    private final DocumentFactory factory = new DocumentFactory(new SecureRandom(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final ChipCheck check = new ChipCheck(new ValidatedChainCache(16), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void pki() {
        pki = TestPki.generate("MA", KeyAlgorithm.RSA, NOW, new SecureRandom());
        trust = TrustAnchorSource.of(TrustSnapshot.of(java.util.List.of(pki.csca()), java.util.List.of(pki.crl())));
    }

    /** A face matcher that answers what the test says and remembers what it was shown. */
    private static final class ScriptedMatcher implements FaceMatcher {
        final FaceMatchResult answer;
        final AtomicReference<Portrait> document = new AtomicReference<>();

        ScriptedMatcher(FaceMatchResult answer) {
            this.answer = answer;
        }

        @Override
        public FaceMatchResult match(Portrait documentPortrait, Portrait selfie) {
            document.set(documentPortrait);
            return answer;
        }
    }

    private ChipCheck.Result present(Presentation presentation, FaceMatcher matcher, boolean withoutAa,
            boolean withoutFace) {
        return check.check(trust, presentation.sod(), presentation.dataGroups(), CHALLENGE, presentation.aaResponse(),
                SELFIE, matcher, withoutAa, withoutFace);
    }

    @Test
    void aGenuineChipWithAMatchingFaceIsAcceptedWithActiveAuthenticationAndTheFace() {
        ChipDocument document = factory.issue(DocumentSpec.moroccanCnie(TODAY), pki.documentSigner());
        ScriptedMatcher matcher = new ScriptedMatcher(FaceMatchResult.match(0.97));

        ChipCheck.Result result = present(document.present(CHALLENGE), matcher, false, false);

        assertThat(result.accepted()).as(result.technicalReason()).isTrue();
        assertThat(result.chipAuthenticated()).isTrue();
        assertThat(result.faceMatched()).isTrue();
        assertThat(result.identity().personalNumber()).isEqualTo("BE123456");
        assertThat(matcher.document.get().mediaType()).as("the chip's own portrait is compared").isEqualTo("image/jpeg");
    }

    @ParameterizedTest
    @EnumSource(ForgedVariant.class)
    void everyForgedVariantIsRefusedWithAReasonAPersonUnderstands(ForgedVariant variant) {
        Presentation forged = new Forger(pki, factory, new SecureRandom())
                .forge(variant, DocumentSpec.moroccanCnie(TODAY), CHALLENGE, TODAY);
        ScriptedMatcher matcher = new ScriptedMatcher(FaceMatchResult.match(0.99));

        ChipCheck.Result result = present(forged, matcher, false, false);

        Map<ForgedVariant, Refusal> expected = new EnumMap<>(ForgedVariant.class);
        expected.put(ForgedVariant.SUBSTITUTED_DATA_GROUP, Refusal.DOCUMENT_ALTERED);
        expected.put(ForgedVariant.FLIPPED_SOD_BYTE, Refusal.DOCUMENT_ALTERED);
        expected.put(ForgedVariant.WRONG_CSCA, Refusal.DOCUMENT_NOT_RECOGNISED);
        expected.put(ForgedVariant.REVOKED_DOCUMENT_SIGNER, Refusal.DOCUMENT_REVOKED);
        expected.put(ForgedVariant.EXPIRED_DOCUMENT, Refusal.DOCUMENT_EXPIRED);
        expected.put(ForgedVariant.REPLAYED_AA_ANSWER, Refusal.CHIP_NOT_GENUINE);
        expected.put(ForgedVariant.DATA_GROUP_NOT_IN_SOD, Refusal.DOCUMENT_ALTERED);
        expected.put(ForgedVariant.MISMATCHED_ISSUING_STATE, Refusal.DOCUMENT_NOT_RECOGNISED);
        expected.put(ForgedVariant.TAMPERED_CHECK_DIGIT, Refusal.DOCUMENT_ALTERED);
        assertThat(result.refusal()).as(variant + ": " + result.technicalReason()).isEqualTo(expected.get(variant));
        assertThat(result.identity()).isNull();
        assertThat(matcher.document.get()).as("no face is compared for a refused chip").isNull();
    }

    @Test
    void aFaceThatDoesNotMatchIsRefusedEvenWhenSignInsWithoutAFaceCheckAreAccepted() {
        ChipDocument document = factory.issue(DocumentSpec.moroccanCnie(TODAY), pki.documentSigner());

        ChipCheck.Result result = present(document.present(CHALLENGE),
                new ScriptedMatcher(FaceMatchResult.noMatch(0.2)), false, true);

        assertThat(result.refusal()).isEqualTo(Refusal.FACE_MISMATCH);
    }

    @Test
    void aFaceServiceThatIsDownRefusesUnlessTheStepAcceptsSignInsWithoutAFaceCheck() {
        ChipDocument document = factory.issue(DocumentSpec.moroccanCnie(TODAY), pki.documentSigner());
        ScriptedMatcher down = new ScriptedMatcher(FaceMatchResult.unavailable("HTTP 503"));

        assertThat(present(document.present(CHALLENGE), down, false, false).refusal())
                .isEqualTo(Refusal.FACE_SERVICE_UNAVAILABLE);
        ChipCheck.Result lower = present(document.present(CHALLENGE), down, false, true);
        assertThat(lower.accepted()).isTrue();
        assertThat(lower.faceMatched()).isFalse();
        assertThat(present(document.present(CHALLENGE), null, false, false).refusal())
                .as("no face matcher configured").isEqualTo(Refusal.FACE_SERVICE_UNAVAILABLE);
    }

    @Test
    void aChipWithoutActiveAuthenticationIsRefusedUnlessTheStepAcceptsIt() {
        ChipDocument document = factory.issue(DocumentSpec.moroccanCnie(TODAY)
                .withActiveAuthentication(ActiveAuthenticationKind.NONE), pki.documentSigner());
        ScriptedMatcher matcher = new ScriptedMatcher(FaceMatchResult.match(0.95));

        assertThat(present(document.present(CHALLENGE), matcher, false, false).refusal())
                .isEqualTo(Refusal.CHIP_NOT_GENUINE);
        ChipCheck.Result lower = present(document.present(CHALLENGE), matcher, true, false);
        assertThat(lower.accepted()).isTrue();
        assertThat(lower.chipAuthenticated()).isFalse();
    }
}
