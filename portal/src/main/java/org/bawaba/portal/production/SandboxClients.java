package org.bawaba.portal.production;

import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.bawaba.portal.application.Application;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * The sandbox clients ({@code sb-…}) in realm {@code sandbox}, whose sign-in offers fictitious people: made as soon
 * as an application is, and kept in step with it while it is edited. The portal's service account there is its own
 * ({@code bawaba-portal-admin} of realm {@code sandbox}).
 */
@ApplicationScoped
public class SandboxClients {

    @ConfigProperty(name = "quarkus.keycloak.admin-client.server-url")
    String serverUrl;

    @ConfigProperty(name = "bawaba.portal.sandbox.realm", defaultValue = "sandbox")
    String realm;

    @ConfigProperty(name = "bawaba.portal.sandbox.admin-client-id", defaultValue = "bawaba-portal-admin")
    String clientId;

    @ConfigProperty(name = "bawaba.portal.sandbox.admin-client-secret")
    String clientSecret;

    private volatile Keycloak keycloak;
    private volatile KeycloakClients clients;

    public String issuer() {
        return serverUrl + "/realms/" + realm;
    }

    /**
     * Creates or updates the sandbox client. Its subject is pairwise as in production when its addresses are on one
     * host; a sandbox client with addresses on several hosts (localhost and a test server, say) gets the plain
     * subject, which in the sandbox only ever names fictitious people.
     */
    public String apply(Application application) {
        List<org.keycloak.representations.idm.ProtocolMapperRepresentation> mappers =
                org.bawaba.portal.validation.Addresses.hosts(application.redirectUris).size() <= 1
                        ? List.of(ProductionClient.pairwiseSubject()) : List.of();
        return clients().apply(SandboxClient.settings(application), mappers);
    }

    /** How many of the most recent sandbox sign-ins an operator sees. */
    public static final int RECENT_SIGN_INS = 20;

    /** The most recent sign-ins through the application's sandbox client, newest first. */
    public List<SignIn> signIns(Application application, int max) {
        return clients().signIns(SandboxClient.clientId(application), max);
    }

    /** {@link #signIns} for an operator's review: {@code null} when the sandbox does not answer, not an error. */
    public List<SignIn> recentSignInsIfReachable(Application application) {
        try {
            return signIns(application, RECENT_SIGN_INS);
        } catch (FrontDoorException e) {
            return null;
        }
    }

    public String rotateSecret(Application application) {
        return clients().rotateSecret(SandboxClient.clientId(application));
    }

    private KeycloakClients clients() {
        KeycloakClients current = clients;
        if (current == null) {
            current = new KeycloakClients(this::keycloak, realm);
            clients = current;
        }
        return current;
    }

    private Keycloak keycloak() {
        Keycloak current = keycloak;
        if (current == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret)
                            .build();
                }
                current = keycloak;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
