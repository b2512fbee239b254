package org.bawaba.device.cases;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/bawaba-security-cases}: the realm's open cases (an administrator who may view users),
 * and closing one (an administrator who may manage users), as Keycloak's admin permissions decide.
 */
public final class SecurityCasesAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    SecurityCasesAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                               AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SecurityCaseRepresentation> openCases() {
        auth.users().requireView();
        return new SecurityCases(session).open(realm).stream().map(SecurityCaseRepresentation::of).toList();
    }

    @POST
    @Path("{id}/close")
    @Produces(MediaType.APPLICATION_JSON)
    public SecurityCaseRepresentation close(@PathParam("id") String id) {
        auth.users().requireManage();
        SecurityCases cases = new SecurityCases(session);
        SecurityCaseEntity reported = cases.find(realm, id).orElseThrow(() -> new NotFoundException("no such case"));
        if (reported.getStatus() == SecurityCaseEntity.Status.OPEN) {
            cases.close(reported, auth.adminAuth().getUser().getId());
            adminEvent.operation(OperationType.ACTION).resource(ResourceType.USER)
                    .resourcePath(session.getContext().getUri()).success();
        }
        return SecurityCaseRepresentation.of(reported);
    }
}
