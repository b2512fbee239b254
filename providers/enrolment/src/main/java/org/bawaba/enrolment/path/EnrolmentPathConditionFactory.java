package org.bawaba.enrolment.path;

import java.util.Arrays;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public class EnrolmentPathConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String ID = "bawaba-condition-enrolment-path";
    private static final EnrolmentPathCondition SINGLETON = new EnrolmentPathCondition();
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: condition - way to create an account";
    }

    @Override
    public String getHelpText() {
        return "Runs the sub-flow when the person chose this path at the step bawaba-enrol-path.";
    }

    @Override
    public String getReferenceCategory() {
        return "condition";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(EnrolmentPathCondition.PATH).type(ProviderConfigProperty.LIST_TYPE)
                .label("Path").helpText("The path whose steps this sub-flow holds.")
                .options(Arrays.stream(EnrolmentPath.values()).map(EnrolmentPath::apiName).toList())
                .add().build();
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return SINGLETON;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
