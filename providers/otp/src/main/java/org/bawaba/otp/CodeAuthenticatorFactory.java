package org.bawaba.otp;

import java.util.List;

import org.bawaba.authenticator.StatelessAuthenticatorFactory;
import org.bawaba.otp.code.CodePolicy;
import org.keycloak.provider.ProviderConfigProperty;

/** What every one-time-code step shares: its settings are the {@link CodePolicy}. */
public abstract class CodeAuthenticatorFactory extends StatelessAuthenticatorFactory {

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CodePolicy.configProperties();
    }
}
