package org.bawaba.otp.signin;

import org.bawaba.otp.CodeAuthenticatorFactory;
import org.bawaba.otp.channel.CodeChannel;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Common factory for the email-code and SMS-code sign-in factors. */
abstract class CodeSignInAuthenticatorFactory extends CodeAuthenticatorFactory {

    private static final Requirement[] REQUIREMENTS = {
            Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.CONDITIONAL, Requirement.DISABLED
    };

    private final CodeChannel channel;

    CodeSignInAuthenticatorFactory(CodeChannel channel) {
        this.channel = channel;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CodeSignInAuthenticator(channel);
    }

    @Override
    public String getReferenceCategory() {
        return "otp";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }
}
