package org.bawaba.proofoflife.check;

import java.util.Base64;
import java.util.Optional;

import org.bawaba.face.image.PortraitImageException;
import org.bawaba.face.image.PortraitImages;
import org.bawaba.proofoflife.agents.ProofOfLifeFailures;
import org.bawaba.proofoflife.reference.ReferencePortraits;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.Portrait;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * Proof of life (CIMR, seed 001): a sign-in of an account that has a reference portrait, when its last proof is older
 * than the interval (a quarter), asks for a selfie, matched with that portrait by the face match SPI. A match renews the
 * proof. Selfies that do not match may be tried again; after the last one the failure goes on the agents' list and the
 * sign-in goes on, to be asked again next time. A face service that does not answer asks nothing more of the person
 * this time. Accounts without a reference portrait are never asked.
 */
public class ProofOfLifeStep implements Authenticator {

    public static final String TEMPLATE = "bawaba-proof-of-life.ftl";
    /** The field errors are shown under (the camera input). */
    static final String FIELD = "selfie";
    /** The form field that carries the selfie, a data: URI. */
    static final String FIELD_DATA = "selfieData";
    /** What a form field may hold (Keycloak's 128 KiB per field), decoded. */
    static final int MAX_SELFIE_BYTES = 96 * 1024;
    private static final String ATTEMPTS_NOTE = "bawaba.proofOfLife.attempts";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        ProofOfLifeSettings settings = ProofOfLifeSettings.from(context.getAuthenticatorConfig());
        UserModel user = context.getUser();
        if (!ProofOfLife.due(user, settings.intervalDays())
                || new ReferencePortraits(context.getSession()).of(context.getRealm(), user).isEmpty()) {
            context.success();
            return;
        }
        context.challenge(form(context, settings).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        ProofOfLifeSettings settings = ProofOfLifeSettings.from(context.getAuthenticatorConfig());
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        Optional<Portrait> reference = new ReferencePortraits(session).of(realm, user);
        if (reference.isEmpty()) {
            context.success();
            return;
        }
        Optional<Portrait> selfie = selfie(context);
        if (selfie.isEmpty()) {
            context.challenge(form(context, settings).addError(new FormMessage(FIELD, "bawabaProofOfLifeNoImage"))
                    .createForm(TEMPLATE));
            return;
        }
        FaceMatcher matcher = session.getProvider(FaceMatcher.class);
        FaceMatchResult result;
        try {
            result = matcher == null ? FaceMatchResult.unavailable("no face matcher configured")
                    : matcher.match(reference.get(), selfie.get());
        } catch (RuntimeException e) {
            result = FaceMatchResult.unavailable("face matcher failed: " + e.getClass().getSimpleName());
        }
        switch (result.outcome()) {
            case MATCH -> {
                ProofOfLife.provedNow(user);
                context.getAuthenticationSession().removeAuthNote(ATTEMPTS_NOTE);
                event(context).detail("bawaba_proof_of_life", "passed").success();
                context.success();
            }
            case UNAVAILABLE -> {
                event(context).detail("bawaba_proof_of_life", "unavailable").error("face_service_unavailable");
                context.success();
            }
            default -> {
                int attempts = attempts(context) + 1;
                String reason = result.outcome().name().toLowerCase(java.util.Locale.ROOT);
                if (attempts >= settings.maxAttempts()) {
                    new ProofOfLifeFailures(session).record(realm, user, attempts, reason);
                    context.getAuthenticationSession().removeAuthNote(ATTEMPTS_NOTE);
                    event(context).detail("bawaba_proof_of_life", "failed").error("proof_of_life_failed");
                    context.success();
                    return;
                }
                context.getAuthenticationSession().setAuthNote(ATTEMPTS_NOTE, Integer.toString(attempts));
                event(context).detail("bawaba_proof_of_life", "retry").error("face_mismatch");
                context.challenge(form(context, settings)
                        .addError(new FormMessage(FIELD, "bawabaProofOfLifeMismatch",
                                String.valueOf(settings.maxAttempts() - attempts), settings.maxAttempts() - attempts))
                        .createForm(TEMPLATE));
            }
        }
    }

    /**
     * The selfie the page sent, checked and re-encoded when needed (JPEG or PNG), or empty. The page's script reads the
     * camera's picture, scales it down and puts it in a form field as a data: URI: Keycloak's flows read urlencoded
     * forms only (a file part stops them), and a form field holds at most {@value #MAX_SELFIE_BYTES} bytes once decoded.
     */
    private static Optional<Portrait> selfie(AuthenticationFlowContext context) {
        String value = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD_DATA);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String base64 = value.startsWith("data:") && value.contains(",") ? value.substring(value.indexOf(',') + 1) : value;
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64.trim());
            if (bytes.length == 0 || bytes.length > MAX_SELFIE_BYTES) {
                return Optional.empty();
            }
            PortraitImages.Format format = PortraitImages.format(bytes);
            return Optional.of(PortraitImages.toJpegOrPng(new Portrait(format.mediaType(), bytes)));
        } catch (PortraitImageException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int attempts(AuthenticationFlowContext context) {
        String value = context.getAuthenticationSession().getAuthNote(ATTEMPTS_NOTE);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static EventBuilder event(AuthenticationFlowContext context) {
        return context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail("custom_required_action", "bawaba-proof-of-life").user(context.getUser());
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context, ProofOfLifeSettings settings) {
        return context.form().setAttribute("bawabaProofOfLifeMonths", Math.max(1, settings.intervalDays() / 30));
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
