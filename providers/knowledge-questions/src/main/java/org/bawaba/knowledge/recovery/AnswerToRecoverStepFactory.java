package org.bawaba.knowledge.recovery;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.bawaba.knowledge.questions.KnowledgeSettings;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class AnswerToRecoverStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-kbq-answer-to-recover";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: answer the registry's questions (password recovery)";
    }

    @Override
    public String getHelpText() {
        return "In the reset-credentials flow, after 'identify against the registry': the registry's questions; "
                + "then the person's account is the flow's user. Follow with a code step and 'Reset Password'.";
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
        return new AnswerToRecoverStep();
    }
}
