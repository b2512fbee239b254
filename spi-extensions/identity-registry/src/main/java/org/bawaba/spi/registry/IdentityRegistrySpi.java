package org.bawaba.spi.registry;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * A relying party's own records of the people it serves (an insurer's members), asked to identify a person and to
 * check answers only the real person knows. Configure with {@code --spi-bawaba-identity-registry--provider=<id>}
 * and the provider's own {@code --spi-bawaba-identity-registry--<id>--<option>} options.
 */
public class IdentityRegistrySpi implements Spi {

    public static final String NAME = "bawaba-identity-registry";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return IdentityRegistryProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory<?>> getProviderFactoryClass() {
        return IdentityRegistryProviderFactory.class;
    }
}
