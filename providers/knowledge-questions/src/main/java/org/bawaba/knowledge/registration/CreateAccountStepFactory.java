package org.bawaba.knowledge.registration;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class CreateAccountStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-kbq-create-account";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: set a password and create the account (registry)";
    }

    @Override
    public String getHelpText() {
        return "Last step of an account creation by questions, after the terms, the answers and the email and mobile "
                + "enrolment steps: the password under the realm's policy, then the account, in one step, with the "
                + "registry's pivot identity. The person then signs in.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CreateAccountSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CreateAccountStep();
    }
}
