package org.bawaba.otp.enrolment;

import org.bawaba.authenticator.UserlessStep;
import org.bawaba.otp.CodeHost;
import org.bawaba.otp.CodeStep;
import org.bawaba.otp.channel.CodeChannel;
import org.bawaba.otp.contact.ContactVerification;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Enrolment of an email address or a mobile number in a login flow ({@link ContactVerification}): only once its code
 * is typed is the value stored on the account, marked verified. Before an account exists (account creation), the
 * verified value stays in the authentication session for the step that creates the account ({@link #enrolledRecipient}).
 */
public class ContactEnrolmentAuthenticator extends UserlessStep {

    static final String PURPOSE = "enrol";
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
        verification(context).start();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        verification(context).handle().ifPresent(recipient -> {
            if (context.getUser() == null) {
                context.getAuthenticationSession().setAuthNote(ENROLLED_NOTE_PREFIX + channel.id(), recipient);
            } else {
                channel.storeVerified(context.getUser(), recipient);
            }
            context.success();
        });
    }

    private ContactVerification verification(AuthenticationFlowContext context) {
        return new ContactVerification(CodeHost.of(context), channel, PURPOSE, PROGRESS_CONTACT, false);
    }

    /** The address or number verified in this login before any account existed ("email" or "sms"), or null. */
    public static String enrolledRecipient(AuthenticationSessionModel authSession, String channelId) {
        return authSession.getAuthNote(ENROLLED_NOTE_PREFIX + channelId);
    }
}
