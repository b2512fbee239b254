package org.bawaba.portal.production;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bawaba.portal.application.Application;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;

/**
 * The production clients in the front-door realm, through Keycloak's admin API with the portal's own service account
 * (realm-management role {@code manage-clients} of realm {@code bawaba}). It touches only clients it made
 * ({@code rp-…}).
 */
@ApplicationScoped
public class ProductionClients {

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "bawaba.portal.front-door-realm", defaultValue = "bawaba")
    String realm;

    private KeycloakClients clients;

    @PostConstruct
    void init() {
        clients = new KeycloakClients(() -> keycloak, realm);
    }

    /**
     * Creates the production client of an approved application, or, if an earlier attempt created it, brings its
     * settings up to date while keeping its pairwise salt and secret. Returns its client id.
     */
    public String apply(Application application) {
        return clients.apply(ProductionClient.settings(application), List.of(ProductionClient.pairwiseSubject()));
    }

    /** A new secret for the application's production client; the previous one stops working at once. */
    public String rotateSecret(Application application) {
        return clients.rotateSecret(ProductionClient.clientId(application));
    }
}
