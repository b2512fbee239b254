package org.bawaba.password.admin;

import java.util.Map;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bawaba.password.temporary.TemporaryPasswordException;
import org.bawaba.password.temporary.TemporaryPasswords;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.AdminRoot;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * {@code POST /realms/{realm}/bawaba-admin/users/{id}/temporary-password}: issues a temporary password and
 * emails it to the user. Bearer token of an administrator allowed to manage that user (Keycloak's own admin
 * authentication and permissions, e.g. realm-management/manage-users). Answers 204 once the email is
 * sent; never the password.
 */
public class TemporaryPasswordAdminResource {

    private final KeycloakSession session;

    public TemporaryPasswordAdminResource(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Path("users/{id}/temporary-password")
    public Response issue(@PathParam("id") String userId) {
        RealmModel realm = session.getContext().getRealm();
        AdminAuth auth = AdminRoot.authenticateRealmAdminRequest(session);
        // Authentication switched the context to the administrator's realm; the request is about this one.
        session.getContext().setRealm(realm);

        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            // Same answer as for a user the administrator may not see.
            AdminPermissions.evaluator(session, realm, auth).users().requireQuery();
            throw new NotFoundException("User not found");
        }
        AdminPermissions.evaluator(session, realm, auth).users().requireManage(user);

        try {
            new TemporaryPasswords(session).issueAndMail(realm, user, true, false);
        } catch (TemporaryPasswordException e) {
            session.getTransactionManager().setRollbackOnly();
            int status = e.reason() == TemporaryPasswordException.Reason.EMAIL_NOT_SENT ? 502 : 400;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", e.reason().name().toLowerCase())).build();
        }

        new AdminEventBuilder(realm, auth, session, session.getContext().getConnection())
                .operation(OperationType.ACTION)
                .resource(ResourceType.USER)
                .resourcePath("users", user.getId(), "temporary-password")
                .success();
        return Response.noContent().build();
    }
}
