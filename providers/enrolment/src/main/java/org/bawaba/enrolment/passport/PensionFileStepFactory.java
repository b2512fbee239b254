package org.bawaba.enrolment.passport;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class PensionFileStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-pension-file";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};
    private static final PensionFileStep SINGLETON = new PensionFileStep();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: pension file number (passport account creation)";
    }

    @Override
    public String getHelpText() {
        return "Asks the pension file number, the login of the account a passport creates; refuses one that already "
                + "names an account.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PensionFileSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
