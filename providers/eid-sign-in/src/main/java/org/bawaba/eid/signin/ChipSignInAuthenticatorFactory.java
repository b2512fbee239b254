package org.bawaba.eid.signin;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class ChipSignInAuthenticatorFactory extends StatelessAuthenticatorFactory {

    public static final String ID = "bawaba-eid-chip";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED
    };

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: chip e-ID read by the phone";
    }

    @Override
    public String getHelpText() {
        return "Shows a QR code and an 'open the app' link; the Bawaba e-ID app reads the chip of the person's "
                + "identity document (passive and Active Authentication) and a selfie, which the server verifies. "
                + "Finds or creates the account from the chip and credits the level the check earned.";
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ChipSignInConfig.configProperties();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ChipSignInAuthenticator(session);
    }
}
