package org.bawaba.federation.loa;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.broker.oidc.OIDCIdentityProviderConfig;
import org.keycloak.broker.oidc.OIDCIdentityProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * "OpenID Connect v1.0" with levels of assurance ({@link BawabaOidcIdentityProvider}). The id contains "oidc",
 * so the admin console shows Keycloak's OpenID Connect settings for it.
 */
public class BawabaOidcIdentityProviderFactory extends OIDCIdentityProviderFactory {

    public static final String PROVIDER_ID = "bawaba-oidc";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getName() {
        return "OpenID Connect v1.0 (Bawaba levels of assurance)";
    }

    @Override
    public BawabaOidcIdentityProvider create(KeycloakSession session, IdentityProviderModel model) {
        return new BawabaOidcIdentityProvider(session, new OIDCIdentityProviderConfig(model));
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(super.getConfigProperties());
        ProviderConfigProperty maxLevel = new ProviderConfigProperty();
        maxLevel.setName(AssuranceLevels.PROVIDER_CEILING);
        maxLevel.setLabel("Highest level of assurance");
        maxLevel.setHelpText("The highest level (an acr value of the realm's ACR to LoA mapping) this provider can deliver."
                + " The broker never credits it with more. Empty: no level at all.");
        maxLevel.setType(ProviderConfigProperty.STRING_TYPE);
        properties.add(maxLevel);
        return properties;
    }
}
