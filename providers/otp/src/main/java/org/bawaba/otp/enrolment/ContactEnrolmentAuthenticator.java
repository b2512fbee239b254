package org.bawaba.otp.enrolment;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.authenticator.UserlessStep;
import org.bawaba.otp.CodeStep;
import org.bawaba.otp.channel.CodeChannel;
import org.bawaba.otp.code.CodeChallenge.Check;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Enrolment of an email address or a mobile number: the person types it twice, receives a code there,
 * types the code; only then is the value stored on the account, marked verified. Until then it lives in
 * the authentication session, so an abandoned or failed enrolment leaves the account as it was. Before an account
 * exists (account creation), the verified value stays in the authentication session for the step that creates the
 * account ({@link #enrolledRecipient}).
 */
public class ContactEnrolmentAuthenticator extends UserlessStep {

    public static final String CONTACT_FORM = "bawaba-contact.ftl";
    static final String PURPOSE = "enrol";
    static final String FIELD_CONTACT = "contact";
    static final String FIELD_CONFIRM = "contactConfirm";
    static final String FIELD_CHANGE = "change";
    static final String ENROLLED_NOTE_PREFIX = "bawaba.enrolled.";
    /** Execution settings: the progress (percent) shown on the contact form and on the code form of an account creation. */
    public static final String PROGRESS_CONTACT = "progress.contactPercent";
    public static final String PROGRESS_CODE = CodeStep.PROGRESS_CODE;

    private final CodeChannel channel;

    public ContactEnrolmentAuthenticator(CodeChannel channel) {
        this.channel = channel;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(contactForm(context, null, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        CodeStep step = new CodeStep(context, channel, PURPOSE);
        MultivaluedMap<String, String> form = step.form();

        if (form.containsKey(FIELD_CHANGE)) {
            step.challenge().clear();
            context.challenge(contactForm(context, null, null));
        } else if (step.resendRequested() && step.challenge().recipient() != null) {
            context.challenge(step.codeForm(step.send(step.challenge().recipient()), null));
        } else if (form.containsKey(CodeStep.FIELD_CODE)) {
            checkCode(context, step);
        } else {
            submitContact(context, step, form);
        }
    }

    private void submitContact(AuthenticationFlowContext context, CodeStep step, MultivaluedMap<String, String> form) {
        String typed = form.getFirst(FIELD_CONTACT);
        String confirmation = form.getFirst(FIELD_CONFIRM);
        Optional<String> recipient = channel.normalize(typed, step.policy());
        if (recipient.isEmpty()) {
            context.challenge(contactForm(context, typed, "bawabaContactInvalid." + channel.id()));
            return;
        }
        if (!recipient.equals(channel.normalize(confirmation, step.policy()))) {
            context.challenge(contactForm(context, typed, "bawabaContactMismatch." + channel.id()));
            return;
        }
        CodeStep.Sent sent = step.send(recipient.get());
        if (sent == CodeStep.Sent.SENT || step.challenge().isActive()) {
            context.challenge(step.codeForm(sent, null));
        } else {
            context.challenge(sent == CodeStep.Sent.TOO_EARLY
                    ? contactForm(context, typed, "bawabaCodeResendTooEarly",
                            CodeStep.countArguments(step.challenge().secondsUntilResend(step.policy())))
                    : contactForm(context, typed, sendError(sent)));
        }
    }

    private void checkCode(AuthenticationFlowContext context, CodeStep step) {
        Check check = step.verify();
        if (check != Check.ACCEPTED) {
            step.failWrongCode(check);
            return;
        }
        String recipient = step.challenge().recipient();
        step.challenge().clear();
        if (channel.heldByAnotherAccount(context.getSession(), context.getRealm(), context.getUser(), recipient)) {
            context.challenge(contactForm(context, null, "bawabaContactTaken." + channel.id()));
            return;
        }
        if (context.getUser() == null) {
            context.getAuthenticationSession().setAuthNote(ENROLLED_NOTE_PREFIX + channel.id(), recipient);
        } else {
            channel.storeVerified(context.getUser(), recipient);
        }
        context.success();
    }

    /** The address or number verified in this login before any account existed ("email" or "sms"), or null. */
    public static String enrolledRecipient(AuthenticationSessionModel authSession, String channelId) {
        return authSession.getAuthNote(ENROLLED_NOTE_PREFIX + channelId);
    }

    private Response contactForm(AuthenticationFlowContext context, String typed, String error, Object... parameters) {
        var form = CodeStep.withProgress(context, PROGRESS_CONTACT)
                .setAttribute("bawabaChannel", channel.id())
                .setAttribute("bawabaContact", typed == null ? "" : typed);
        if (error != null) {
            form.setError(error, parameters);
        }
        return form.createForm(CONTACT_FORM);
    }

    private String sendError(CodeStep.Sent sent) {
        return switch (sent) {
            case RATE_LIMITED -> "bawabaCodeRateLimited";
            default -> "bawabaCodeSendFailed." + channel.id();
        };
    }
}
