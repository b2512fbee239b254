package org.bawaba.portal.production;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.bawaba.portal.application.Application;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The production clients in the front-door realm, through Keycloak's admin API with the portal's own service account
 * (realm role {@code manage-clients} of realm {@code bawaba}). It touches only clients it made ({@code rp-…}).
 */
@ApplicationScoped
public class ProductionClients {

    private static final Logger LOG = Logger.getLogger(ProductionClients.class);

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "bawaba.portal.front-door-realm", defaultValue = "bawaba")
    String realm;

    /**
     * Creates the production client of an approved application, or, if an earlier attempt created it, brings its
     * settings up to date while keeping its pairwise salt and secret. Returns its client id.
     */
    public String apply(Application application) {
        ClientRepresentation wanted = ProductionClient.settings(application);
        try {
            ClientsResource clients = keycloak.realm(realm).clients();
            List<ClientRepresentation> existing = clients.findByClientId(wanted.getClientId());
            if (existing.isEmpty()) {
                wanted.setProtocolMappers(List.of(ProductionClient.pairwiseSubject()));
                try (Response created = clients.create(wanted)) {
                    if (created.getStatus() != 201) {
                        throw new FrontDoorException("client creation answered " + created.getStatus());
                    }
                    CreatedResponseUtil.getCreatedId(created);
                }
            } else {
                wanted.setId(existing.get(0).getId());
                clients.get(wanted.getId()).update(wanted);
            }
            return wanted.getClientId();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("the front door did not take the production client %s: %s", wanted.getClientId(), e.toString());
            throw new FrontDoorException("the front door's admin API failed", e);
        }
    }

    /** A new secret for the application's production client; the previous one stops working at once. */
    public String rotateSecret(Application application) {
        String clientId = ProductionClient.clientId(application);
        try {
            ClientsResource clients = keycloak.realm(realm).clients();
            List<ClientRepresentation> found = clients.findByClientId(clientId);
            if (found.isEmpty()) {
                throw new FrontDoorException("no production client " + clientId);
            }
            return clients.get(found.get(0).getId()).generateNewSecret().getValue();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("the front door did not rotate the secret of %s: %s", clientId, e.toString());
            throw new FrontDoorException("the front door's admin API failed", e);
        }
    }
}
