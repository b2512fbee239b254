package org.bawaba.federation.loa;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.protocol.oidc.OIDCWellKnownProviderFactory;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;
import org.keycloak.wellknown.WellKnownProvider;
import org.keycloak.wellknown.WellKnownProviderFactory;

/**
 * The realm's OpenID Connect discovery document, as Keycloak builds it, except that {@code acr_values_supported}
 * lists only the names of the realm's {@code acr.loa.map}: Keycloak adds the browser flow's level numbers ("0"
 * to "3"), which the front door never sends (see {@link NamedAcrProtocolMapper}). A realm without a map keeps
 * Keycloak's list. Registered under Keycloak's alias with a lower priority number, so it is the one served.
 */
public class NamedLevelsDiscoveryFactory implements WellKnownProviderFactory {

    public static final String PROVIDER_ID = "bawaba-openid-configuration";

    @Override
    public WellKnownProvider create(KeycloakSession session) {
        return new WellKnownProvider() {
            @Override
            public Object getConfig() {
                Object config = session.getProvider(WellKnownProvider.class, OIDCWellKnownProviderFactory.PROVIDER_ID).getConfig();
                if (config instanceof OIDCConfigurationRepresentation oidc) {
                    var names = AssuranceLevels.namesByRank(AcrUtils.getAcrLoaMap(session.getContext().getRealm()));
                    if (!names.isEmpty()) {
                        oidc.setAcrValuesSupported(names);
                    }
                }
                return config;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getAlias() {
        return OIDCWellKnownProviderFactory.PROVIDER_ID;
    }

    /** Below Keycloak's 100: the lowest number serves the alias. */
    @Override
    public int getPriority() {
        return 50;
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
