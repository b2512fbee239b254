package org.bawaba.enrolment.passport;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public class ForeignPassportConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String ID = "bawaba-condition-foreign-passport";
    private static final ForeignPassportCondition SINGLETON = new ForeignPassportCondition();
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: condition - foreign passport";
    }

    @Override
    public String getHelpText() {
        return "Runs the sub-flow when the passport released in this account creation names no Moroccan national "
                + "identifier (or, set to false, when it does).";
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
                .property().name(ForeignPassportCondition.FOREIGN).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .label("Foreign passport").helpText("On: a foreign passport; off: a Moroccan one.")
                .defaultValue("true").add().build();
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
