package org.bawaba.knowledge.questions;

import org.bawaba.spi.registry.IdentityRegistryProvider;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

/** The configured identity registry; none configured is an outage for the person, and an error in the log. */
public final class Registry {

    private static final Logger LOG = Logger.getLogger(Registry.class);

    private Registry() {
    }

    /** The registry this login's identification step asked. */
    public static IdentityRegistryProvider of(KeycloakSession session, KnowledgeCheck check) throws RegistryUnavailableException {
        return of(session, check.registry());
    }

    /** @param id the provider's id, or null for the server's default */
    public static IdentityRegistryProvider of(KeycloakSession session, String id) throws RegistryUnavailableException {
        IdentityRegistryProvider registry = id == null ? session.getProvider(IdentityRegistryProvider.class)
                : session.getProvider(IdentityRegistryProvider.class, id);
        if (registry == null) {
            LOG.errorf("No identity registry %s is deployed (--spi-bawaba-identity-registry--provider-default=<id> "
                    + "and that provider's options; --spi-bawaba-identity-registry--provider=<id> deploys that one "
                    + "alone): account creation and recovery by questions cannot work", id == null ? "(default)" : id);
            throw new RegistryUnavailableException("no identity registry configured");
        }
        return registry;
    }
}
