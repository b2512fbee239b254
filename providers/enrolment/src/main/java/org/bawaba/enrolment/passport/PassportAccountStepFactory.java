package org.bawaba.enrolment.passport;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class PassportAccountStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-passport-account";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};
    private static final PassportAccountStep SINGLETON = new PassportAccountStep();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: create the account (passport)";
    }

    @Override
    public String getHelpText() {
        return "Right after a code step with 'code becomes the provisional password': creates the account (login: the "
                + "pension file number) with that code as its provisional password, in the same request.";
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
