package org.bawaba.portal.production;

import org.bawaba.portal.application.Application;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The sandbox client of an application: the production client's settings (consent, PKCE, pairwise subject, the
 * requested claim scopes, the level), in realm {@code sandbox}, where addresses on the loopback interface are
 * accepted and the sign-in offers fictitious people.
 */
public final class SandboxClient {

    public static final String CLIENT_ID_PREFIX = "sb-";

    private SandboxClient() {
    }

    public static String clientId(Application application) {
        return CLIENT_ID_PREFIX + application.id;
    }

    public static ClientRepresentation settings(Application application) {
        ClientRepresentation client = ProductionClient.settings(application);
        client.setClientId(clientId(application));
        client.getAttributes().remove("bawaba.identityProviders");
        return client;
    }
}
