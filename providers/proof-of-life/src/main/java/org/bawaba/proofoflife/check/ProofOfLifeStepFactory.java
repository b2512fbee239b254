package org.bawaba.proofoflife.check;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class ProofOfLifeStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-proof-of-life";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};
    private static final ProofOfLifeStep SINGLETON = new ProofOfLifeStep();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: proof of life (selfie)";
    }

    @Override
    public String getHelpText() {
        return "After the sign-in of an account with a reference portrait, when its last proof of life is older than "
                + "the interval: a selfie matched with that portrait. Failures go on the agents' list.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProofOfLifeSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
