package org.bawaba.sandbox;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class FictitiousPersonAuthenticatorFactory extends StatelessAuthenticatorFactory {

    public static final String PROVIDER_ID = "bawaba-sandbox-person";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: fictitious person (sandbox only)";
    }

    @Override
    public String getHelpText() {
        return "Signs in as a fictitious person chosen from a list, at that person's level of assurance. Asks for no "
                + "credential: runs only in a realm whose attribute " + FictitiousPeople.SANDBOX_REALM + " is true.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return FictitiousPersonConfig.PROPERTIES;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new FictitiousPersonAuthenticator();
    }
}
