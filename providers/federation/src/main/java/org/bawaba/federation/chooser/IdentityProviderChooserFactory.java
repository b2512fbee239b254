package org.bawaba.federation.chooser;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class IdentityProviderChooserFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-idp-chooser";

    private static final Requirement[] REQUIREMENTS = {Requirement.ALTERNATIVE, Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: identity-provider chooser";
    }

    @Override
    public String getHelpText() {
        return "Lists the identity providers the client accepts (client attribute bawaba.identityProviders), with "
                + "eligibility and assurance level; providers below the requested level are shown disabled. "
                + "kc_idp_hint / idp_hint skips the page only for a provider that could be chosen.";
    }

    @Override
    public String getReferenceCategory() {
        return "identity-provider-chooser";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ChooserSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new IdentityProviderChooser();
    }
}
