package org.bawaba.enrolment.account;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class ChipAccountStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-chip-account";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};
    private static final ChipAccountStep SINGLETON = new ChipAccountStep();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: create the account (chip e-ID)";
    }

    @Override
    public String getHelpText() {
        return "Shows the released chip data read-only with the verified email address, then creates the account "
                + "(login: the CNIE number) and emails it a temporary password, all in one request.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ChipAccountSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
