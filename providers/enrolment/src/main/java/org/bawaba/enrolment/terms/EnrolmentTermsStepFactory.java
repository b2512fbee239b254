package org.bawaba.enrolment.terms;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class EnrolmentTermsStepFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-terms";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};
    private static final EnrolmentTermsStep SINGLETON = new EnrolmentTermsStep();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: terms to accept (account creation)";
    }

    @Override
    public String getHelpText() {
        return "Shows a versioned text of terms; the account created at the end records the version and the time "
                + "it was accepted. Use one execution per document (the account's, the e-ID's).";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return EnrolmentTermsSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
