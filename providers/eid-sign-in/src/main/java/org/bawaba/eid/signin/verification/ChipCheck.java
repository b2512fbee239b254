package org.bawaba.eid.signin.verification;

import java.time.Clock;
import java.util.Map;

import org.bawaba.eid.verifier.Assurance;
import org.bawaba.eid.verifier.ChipDocumentVerifier;
import org.bawaba.eid.verifier.Verdict;
import org.bawaba.eid.verifier.VerificationPolicy;
import org.bawaba.eid.verifier.VerificationRequest;
import org.bawaba.eid.verifier.identity.ExtractedIdentity;
import org.bawaba.eid.verifier.identity.FaceImage;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.Portrait;

/**
 * The server's decision on one presentation: the chip (passive and Active Authentication against the trust store,
 * at the current time), then the selfie against the chip's portrait.
 */
public final class ChipCheck {

    /**
     * @param refusal           null when accepted
     * @param technicalReason   the verifier's reason or the face matcher's outcome, for the event; never personal
     * @param identity          the holder, when accepted
     * @param chipAuthenticated the chip proved itself with Active Authentication
     * @param faceMatched       the selfie matched the chip's portrait
     */
    public record Result(Refusal refusal, String technicalReason, ExtractedIdentity identity,
                         boolean chipAuthenticated, boolean faceMatched) {

        public boolean accepted() {
            return refusal == null;
        }

        static Result refused(Refusal refusal, String technicalReason) {
            return new Result(refusal, technicalReason, null, false, false);
        }
    }

    /** The selfie the phone sent, or null. */
    public record Selfie(String mediaType, byte[] bytes) {
    }

    private final ValidatedChainCache chainCache;
    private final Clock clock;

    public ChipCheck(ValidatedChainCache chainCache, Clock clock) {
        this.chainCache = chainCache;
        this.clock = clock;
    }

    /**
     * @param challenge   the challenge this server issued for the presentation (never the one the phone echoes)
     * @param faceMatcher the deployment's face matcher, or null when none is configured
     */
    public Result check(TrustAnchorSource trust, byte[] sod, Map<Integer, byte[]> dataGroups, byte[] challenge,
            byte[] activeAuthenticationResponse, Selfie selfie, FaceMatcher faceMatcher,
            boolean acceptWithoutActiveAuthentication, boolean acceptWithoutFaceMatch) {
        VerificationPolicy policy = VerificationPolicy.strict().with(acceptWithoutActiveAuthentication
                ? VerificationPolicy.NoActiveAuthentication.ACCEPT_AT_LOWER_ASSURANCE
                : VerificationPolicy.NoActiveAuthentication.REJECT);
        VerificationRequest request = VerificationRequest.of(sod, dataGroups);
        if (activeAuthenticationResponse != null) {
            request = request.withActiveAuthentication(challenge, activeAuthenticationResponse);
        }
        Verdict verdict = new ChipDocumentVerifier(trust, policy, clock, chainCache).verify(request);
        if (!verdict.accepted()) {
            return Result.refused(Refusal.of(verdict.reason()), verdict.reason().name());
        }
        ExtractedIdentity identity = verdict.identity().orElseThrow();
        boolean chipAuthenticated = verdict.assuranceLevel().orElse(null) == Assurance.CHIP_AUTHENTICATED;

        FaceMatchResult face = matchFace(identity.faceImage(), selfie, faceMatcher);
        switch (face.outcome()) {
            case MATCH:
                return new Result(null, verdict.reason().name(), identity, chipAuthenticated, true);
            case NO_MATCH:
            case NO_FACE:
                return Result.refused(Refusal.FACE_MISMATCH, "FACE_" + face.outcome());
            default:
                return acceptWithoutFaceMatch
                        ? new Result(null, verdict.reason().name() + "+FACE_UNCHECKED", identity, chipAuthenticated,
                        false)
                        : Result.refused(Refusal.FACE_SERVICE_UNAVAILABLE, "FACE_" + face.outcome());
        }
    }

    private static FaceMatchResult matchFace(FaceImage portrait, Selfie selfie, FaceMatcher faceMatcher) {
        if (selfie == null) {
            return FaceMatchResult.unavailable("no selfie sent");
        }
        if (faceMatcher == null) {
            return FaceMatchResult.unavailable("no face matcher configured");
        }
        if (portrait == null) {
            return FaceMatchResult.unavailable("no portrait on the chip");
        }
        try {
            return faceMatcher.match(new Portrait(portrait.mimeType(), portrait.bytes()),
                    new Portrait(selfie.mediaType(), selfie.bytes()));
        } catch (RuntimeException e) {
            return FaceMatchResult.unavailable("face matcher failed: " + e.getClass().getSimpleName());
        }
    }
}
