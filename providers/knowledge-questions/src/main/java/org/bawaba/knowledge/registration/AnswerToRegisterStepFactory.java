package org.bawaba.knowledge.registration;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.bawaba.knowledge.questions.KnowledgeSettings;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class AnswerToRegisterStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-kbq-answer-to-register";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: answer the registry's questions (account creation)";
    }

    @Override
    public String getHelpText() {
        return "After 'identify against the registry': the questions that fit how the person is paid (last 8 digits "
                + "of the bank account, or the civil-status number), checked by the registry. A person who already "
                + "has an account is sent to sign in or recover it.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return KnowledgeSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new AnswerToRegisterStep();
    }
}
