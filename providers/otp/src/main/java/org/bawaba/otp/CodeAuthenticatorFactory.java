package org.bawaba.otp;

import java.util.List;

import org.bawaba.otp.code.CodePolicy;
import org.keycloak.Config;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** What every one-time-code step shares: its settings are the {@link CodePolicy}; no server-level state. */
public abstract class CodeAuthenticatorFactory implements AuthenticatorFactory {

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CodePolicy.configProperties();
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
