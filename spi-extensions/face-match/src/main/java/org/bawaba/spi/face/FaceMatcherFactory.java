package org.bawaba.spi.face;

import org.keycloak.provider.ProviderFactory;

public interface FaceMatcherFactory extends ProviderFactory<FaceMatcher> {
}
