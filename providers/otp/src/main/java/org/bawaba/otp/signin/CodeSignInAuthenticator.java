package org.bawaba.otp.signin;

import org.bawaba.otp.CodeStep;
import org.bawaba.otp.channel.CodeChannel;
import org.bawaba.otp.code.CodeChallenge.Check;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Second factor: a code sent to the address or number the account has already verified. A person
 * without one is not offered this step ({@link #configuredFor}).
 */
public class CodeSignInAuthenticator implements Authenticator {

    static final String PURPOSE = "signin";

    private final CodeChannel channel;

    public CodeSignInAuthenticator(CodeChannel channel) {
        this.channel = channel;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String recipient = channel.verifiedRecipient(context.getUser());
        if (recipient == null) {
            context.attempted();
            return;
        }
        CodeStep step = new CodeStep(context, channel, PURPOSE);
        boolean awaitingCodeForThisRecipient = step.challenge().isActive() && recipient.equals(step.challenge().recipient());
        CodeStep.Sent sent = awaitingCodeForThisRecipient ? null : step.send(recipient);
        context.challenge(step.codeForm(sent, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        CodeStep step = new CodeStep(context, channel, PURPOSE);
        String recipient = channel.verifiedRecipient(context.getUser());
        if (recipient == null) {
            context.attempted();
            return;
        }
        if (step.resendRequested()) {
            context.challenge(step.codeForm(step.send(recipient), null));
            return;
        }
        Check check = step.verify();
        if (check == Check.ACCEPTED) {
            step.challenge().clear();
            context.success();
        } else {
            step.failWrongCode(check);
        }
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return channel.verifiedRecipient(user) != null;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
