package org.bawaba.language;

import org.keycloak.Config;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.locale.LocaleSelectorProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers {@link JourneyLocaleSelector}. Its positive order makes it the server's locale selector without any
 * option (Keycloak picks the highest-order factory when none is configured); an operator can still choose
 * Keycloak's own with {@code --spi-locale-selector--provider=default}.
 */
public final class JourneyLocaleSelectorFactory implements LocaleSelectorProviderFactory {

    public static final String ID = "bawaba-journey";

    @Override
    public LocaleSelectorProvider create(KeycloakSession session) {
        return new JourneyLocaleSelector(session);
    }

    @Override
    public int order() {
        return 10;
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

    @Override
    public String getId() {
        return ID;
    }
}
