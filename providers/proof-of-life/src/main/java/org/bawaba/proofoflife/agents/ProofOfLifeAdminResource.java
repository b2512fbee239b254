package org.bawaba.proofoflife.agents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The agents' list of failed proofs of life: {@code GET /admin/realms/{realm}/bawaba-proof-of-life/failures}, for an
 * administrator who may view the realm's users. Each names the account (id and login) so an agent can reach the
 * person; never a portrait or a selfie.
 */
public class ProofOfLifeAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    ProofOfLifeAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @GET
    @Path("failures")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> failures(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max) {
        auth.users().requireView();
        return new ProofOfLifeFailures(session).of(realm, Math.max(0, first), Math.min(Math.max(1, max), 500)).stream()
                .map(failure -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", failure.id());
                    row.put("userId", failure.userId());
                    UserModel user = session.users().getUserById(realm, failure.userId());
                    row.put("username", user == null ? null : user.getUsername());
                    row.put("failedAt", Instant.ofEpochMilli(failure.failedAt()).toString());
                    row.put("attempts", failure.attempts());
                    row.put("reason", failure.reason());
                    return row;
                }).toList();
    }
}
