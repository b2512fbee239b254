package org.bawaba.federation;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class IdentityLinkAuthenticatorFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-link-verified-identity";

    private static final Requirement[] REQUIREMENTS = {Requirement.ALTERNATIVE, Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: link by verified identity";
    }

    @Override
    public String getHelpText() {
        return "First broker login: links the identity to the account that already holds the same verified national "
                + "identifier, or else the same complete pivot identity; otherwise lets the next step create the account. "
                + "Never links on email.";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return IdentityLinkSettings.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new IdentityLinkAuthenticator();
    }
}
