package org.bawaba.proofoflife.agents;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** The agents' list in the admin REST API: {@code /admin/realms/{realm}/bawaba-proof-of-life}. */
public final class ProofOfLifeAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

    public static final String ID = "bawaba-proof-of-life";

    private static final AdminRealmResourceProvider PROVIDER = new AdminRealmResourceProvider() {
        @Override
        public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                                  AdminEventBuilder adminEvent) {
            return new ProofOfLifeAdminResource(session, realm, auth);
        }

        @Override
        public void close() {
        }
    };

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return PROVIDER;
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
