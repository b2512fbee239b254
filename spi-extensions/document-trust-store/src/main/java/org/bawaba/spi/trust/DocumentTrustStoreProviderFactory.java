package org.bawaba.spi.trust;

import org.keycloak.provider.ProviderFactory;

public interface DocumentTrustStoreProviderFactory extends ProviderFactory<DocumentTrustStoreProvider> {
}
