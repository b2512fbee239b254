package org.bawaba.enrolment.path;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class EnrolmentPathStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-path";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};
    private static final EnrolmentPathStep SINGLETON = new EnrolmentPathStep();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: way to create an account";
    }

    @Override
    public String getHelpText() {
        return "First step of account creation: the person picks among the paths this realm offers and the relying "
                + "party allows (chip e-ID, questions). The sub-flows that follow run on the path chosen.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return EnrolmentPathSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
