package org.bawaba.enrolment.chip;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class ChipEnrolmentStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-chip";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};
    private static final ChipEnrolmentStep SINGLETON = new ChipEnrolmentStep();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: chip e-ID reading (account creation)";
    }

    @Override
    public String getHelpText() {
        return "The person chooses an identification mode, has their phone read the chip of their document through "
                + "the holder API (with a selfie, or the CNIE's PIN), then releases the data read. Creates nothing.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ChipEnrolmentSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
