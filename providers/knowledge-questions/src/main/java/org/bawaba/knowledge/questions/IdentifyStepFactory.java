package org.bawaba.knowledge.questions;

import java.util.ArrayList;
import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.bawaba.knowledge.captcha.CaptchaSettings;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class IdentifyStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-kbq-identify";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: identify against the registry";
    }

    @Override
    public String getHelpText() {
        return "Account creation or recovery by questions, first step: registration number or employer identifier, "
                + "national ID number, birth date. Whether the registry knows the person is never shown here.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(KnowledgeSettings.configProperties());
        properties.addAll(CaptchaSettings.configProperties());
        return properties;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new IdentifyStep();
    }
}
