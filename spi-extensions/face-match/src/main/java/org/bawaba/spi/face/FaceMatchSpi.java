package org.bawaba.spi.face;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Compares a chip portrait with a selfie. Configure with {@code --spi-bawaba-face-match--provider=<id>} and the
 * provider's own {@code --spi-bawaba-face-match--<id>--<option>} options.
 */
public final class FaceMatchSpi implements Spi {

    public static final String NAME = "bawaba-face-match";

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
        return FaceMatcher.class;
    }

    @Override
    public Class<? extends ProviderFactory<?>> getProviderFactoryClass() {
        return FaceMatcherFactory.class;
    }
}
