package org.bawaba.portal.production;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * The clients the portal keeps in one realm, through Keycloak's admin API: created with their protocol mappers, or
 * brought up to date keeping them (a pairwise salt is never changed) and keeping their secret. Failures of the admin
 * API become {@link FrontDoorException}, so the caller's transaction rolls back.
 */
final class KeycloakClients {

    private static final Logger LOG = Logger.getLogger(KeycloakClients.class);

    private final Supplier<Keycloak> keycloak;
    private final String realm;

    KeycloakClients(Supplier<Keycloak> keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    String apply(ClientRepresentation wanted, List<ProtocolMapperRepresentation> mappersAtCreation) {
        try {
            ClientsResource clients = keycloak.get().realm(realm).clients();
            List<ClientRepresentation> existing = clients.findByClientId(wanted.getClientId());
            if (existing.isEmpty()) {
                wanted.setProtocolMappers(mappersAtCreation);
                try (Response created = clients.create(wanted)) {
                    if (created.getStatus() != 201) {
                        throw new FrontDoorException("client creation in " + realm + " answered " + created.getStatus());
                    }
                }
            } else {
                wanted.setId(existing.get(0).getId());
                clients.get(wanted.getId()).update(wanted);
            }
            return wanted.getClientId();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("realm %s did not take client %s: %s", realm, wanted.getClientId(), e.toString());
            throw new FrontDoorException("the admin API of realm " + realm + " failed", e);
        }
    }

    /** The most recent successful sign-ins through a client, newest first: when, and as which user name. */
    List<SignIn> signIns(String clientId, int max) {
        try {
            return keycloak.get().realm(realm).getEvents(List.of("LOGIN"), clientId, null, null, null, null, 0, max).stream()
                    .map(event -> new SignIn(java.time.Instant.ofEpochMilli(event.getTime()),
                            event.getDetails() == null ? null : event.getDetails().get("username")))
                    .toList();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("realm %s did not give the sign-ins of %s: %s", realm, clientId, e.toString());
            throw new FrontDoorException("the admin API of realm " + realm + " failed", e);
        }
    }

    String rotateSecret(String clientId) {
        try {
            ClientsResource clients = keycloak.get().realm(realm).clients();
            List<ClientRepresentation> found = clients.findByClientId(clientId);
            if (found.isEmpty()) {
                throw new FrontDoorException("no client " + clientId + " in " + realm);
            }
            return clients.get(found.get(0).getId()).generateNewSecret().getValue();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("realm %s did not rotate the secret of %s: %s", realm, clientId, e.toString());
            throw new FrontDoorException("the admin API of realm " + realm + " failed", e);
        }
    }
}
