package org.bawaba.otp.enrolment;

import org.bawaba.otp.CodeAuthenticatorFactory;
import org.bawaba.otp.channel.CodeChannel;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Common factory for the email and mobile-number enrolment steps. */
abstract class ContactEnrolmentAuthenticatorFactory extends CodeAuthenticatorFactory {

    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.CONDITIONAL, Requirement.DISABLED};

    private final CodeChannel channel;

    ContactEnrolmentAuthenticatorFactory(CodeChannel channel) {
        this.channel = channel;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ContactEnrolmentAuthenticator(channel);
    }

    @Override
    public String getReferenceCategory() {
        return "bawaba-enrolment";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }
}
