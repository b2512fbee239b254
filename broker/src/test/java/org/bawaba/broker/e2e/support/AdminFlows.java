package org.bawaba.broker.e2e.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Sets a realm up the way an administrator would in the admin console: a browser flow made of given
 * steps, and a public test client bound to it. Idempotent, so each test may ask for what it needs.
 */
public final class AdminFlows {

    public static final String TEST_REDIRECT = "http://localhost:8090/test/callback";

    private final RealmResource realm;

    public AdminFlows(RealmResource realm) {
        this.realm = realm;
    }

    /** One step of a flow: an authenticator, always REQUIRED here, with its optional configuration. */
    public record Step(String provider, Map<String, String> config) {
        public static Step of(String provider) {
            return new Step(provider, Map.of());
        }

        public static Step of(String provider, Map<String, String> config) {
            return new Step(provider, config);
        }
    }

    /** Creates (once) a top-level browser flow of REQUIRED steps and a client that signs in with it. */
    public void clientWithFlow(String clientId, String flowAlias, Step... steps) {
        AuthenticationManagementResource flows = realm.flows();
        if (flows.getFlows().stream().noneMatch(f -> f.getAlias().equals(flowAlias))) {
            AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
            flow.setAlias(flowAlias);
            flow.setProviderId("basic-flow");
            flow.setTopLevel(true);
            flow.setBuiltIn(false);
            flow.setDescription("test flow");
            try (Response created = flows.createFlow(flow)) {
                expect(created, 201);
            }
            for (Step step : steps) {
                flows.addExecution(flowAlias, Map.of("provider", step.provider()));
            }
            List<AuthenticationExecutionInfoRepresentation> executions = flows.getExecutions(flowAlias);
            for (int i = 0; i < steps.length; i++) {
                AuthenticationExecutionInfoRepresentation execution = executions.get(i);
                execution.setRequirement("REQUIRED");
                flows.updateExecutions(flowAlias, execution);
                if (!steps[i].config().isEmpty()) {
                    AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
                    config.setAlias(flowAlias + "-" + i);
                    config.setConfig(new LinkedHashMap<>(steps[i].config()));
                    try (Response response = flows.newExecutionConfig(execution.getId(), config)) {
                        expect(response, 201);
                    }
                }
            }
        }
        if (realm.clients().findByClientId(clientId).isEmpty()) {
            String flowId = flows.getFlows().stream().filter(f -> f.getAlias().equals(flowAlias)).findFirst().orElseThrow().getId();
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setPublicClient(true);
            client.setStandardFlowEnabled(true);
            client.setDirectAccessGrantsEnabled(false);
            client.setRedirectUris(List.of(TEST_REDIRECT));
            client.setAttributes(Map.of("pkce.code.challenge.method", "S256"));
            client.setAuthenticationFlowBindingOverrides(Map.of("browser", flowId));
            try (Response created = realm.clients().create(client)) {
                expect(created, 201);
            }
        }
    }

    /** Creates (once) a public test client that signs in with an existing flow, with extra client attributes. */
    public void clientBoundTo(String clientId, String flowAlias, Map<String, String> attributes) {
        if (!realm.clients().findByClientId(clientId).isEmpty()) {
            return;
        }
        String flowId = realm.flows().getFlows().stream().filter(f -> f.getAlias().equals(flowAlias)).findFirst()
                .orElseThrow(() -> new AssertionError("no flow " + flowAlias)).getId();
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setRedirectUris(List.of(TEST_REDIRECT));
        Map<String, String> all = new LinkedHashMap<>(attributes);
        all.put("pkce.code.challenge.method", "S256");
        client.setAttributes(all);
        client.setAuthenticationFlowBindingOverrides(Map.of("browser", flowId));
        try (Response created = realm.clients().create(client)) {
            expect(created, 201);
        }
    }

    private static void expect(Response response, int status) {
        if (response.getStatus() != status && response.getStatus() != 409) {
            throw new AssertionError("admin call answered " + response.getStatus() + ": " + response.readEntity(String.class));
        }
    }
}
