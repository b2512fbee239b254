package org.bawaba.otp.enrolment;

import org.bawaba.otp.CodeStep;

import java.util.ArrayList;
import java.util.List;

import org.bawaba.otp.CodeAuthenticatorFactory;
import org.bawaba.otp.channel.CodeChannel;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Common factory for the email and mobile-number enrolment steps. */
abstract class ContactEnrolmentAuthenticatorFactory extends CodeAuthenticatorFactory {

    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.CONDITIONAL, Requirement.DISABLED};

    private final CodeChannel channel;

    ContactEnrolmentAuthenticatorFactory(CodeChannel channel) {
        this.channel = channel;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ContactEnrolmentAuthenticator(channel);
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(super.getConfigProperties());
        properties.addAll(ProviderConfigurationBuilder.create()
                .property().name(ContactEnrolmentAuthenticator.PROGRESS_CONTACT).type(ProviderConfigProperty.STRING_TYPE)
                .label("Progress on the address form (%)")
                .helpText("In a multi-step account creation, the progress bar's value on the form that asks for the "
                        + "address or number; empty: no progress bar.").add()
                .property().name(ContactEnrolmentAuthenticator.PROGRESS_CODE).type(ProviderConfigProperty.STRING_TYPE)
                .label("Progress on the code form (%)")
                .helpText("The progress bar's value on the form that asks for the code; empty: no progress bar.").add()
                .property().name(CodeStep.PROGRESS_STEP).type(ProviderConfigProperty.STRING_TYPE)
                .label("Step (N/M)")
                .helpText("'Step N of M' on both forms, instead of the percentages; empty: not shown.").add()
                .build());
        return properties;
    }

    @Override
    public String getReferenceCategory() {
        return "bawaba-enrolment";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }
}
