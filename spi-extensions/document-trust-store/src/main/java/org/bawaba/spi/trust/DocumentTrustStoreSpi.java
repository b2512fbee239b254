package org.bawaba.spi.trust;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The {@code document-trust-store} SPI: where chip document verification gets its CSCAs and CRLs. */
public final class DocumentTrustStoreSpi implements Spi {

    public static final String NAME = "document-trust-store";

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
        return DocumentTrustStoreProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return DocumentTrustStoreProviderFactory.class;
    }
}
