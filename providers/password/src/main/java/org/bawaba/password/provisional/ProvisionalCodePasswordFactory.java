package org.bawaba.password.provisional;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class ProvisionalCodePasswordFactory extends StatelessAuthenticatorFactory {

    public static final String PROVIDER_ID = "bawaba-provisional-code-password";
    private static final Authenticator SINGLETON = new ProvisionalCodePassword();

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba verified code as provisional password";
    }

    @Override
    public String getHelpText() {
        return "Sets the code verified by the step just before (with 'Code becomes the provisional password' on) as the user's provisional password (forced change, expiry).";
    }

    /** Nothing to set: the code comes through {@link org.bawaba.authenticator.VerifiedCodeHandOff}. */
    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }
}
