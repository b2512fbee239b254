package org.bawaba.spi.registry;

import org.keycloak.provider.ProviderFactory;

public interface IdentityRegistryProviderFactory extends ProviderFactory<IdentityRegistryProvider> {
}
