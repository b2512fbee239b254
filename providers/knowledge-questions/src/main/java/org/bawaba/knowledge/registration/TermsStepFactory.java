package org.bawaba.knowledge.registration;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class TermsStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-kbq-terms";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: accept the terms (account creation)";
    }

    @Override
    public String getHelpText() {
        return "What account creation takes, and the terms to accept; the account records the version and the time.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return TermsSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new TermsStep();
    }
}
