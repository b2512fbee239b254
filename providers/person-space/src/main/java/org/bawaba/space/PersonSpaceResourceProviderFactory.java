package org.bawaba.space;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * The person's own space: {@code /realms/{realm}/bawaba-space/}, in any realm that has the client
 * {@value SpaceSignIn#CLIENT_ID} (the front door ships it).
 */
public class PersonSpaceResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "bawaba-space";

    private SpaceSettings settings = SpaceSettings.DEFAULTS;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        SpaceSettings current = settings;
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new PersonSpaceResource(session, current);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        settings = SpaceSettings.from(config);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return SpaceSettings.metadata(ProviderConfigurationBuilder.create()).build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
