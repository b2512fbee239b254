package org.bawaba.history.admin;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.bawaba.history.SignInEntry;
import org.bawaba.history.SignInHistoryStore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/bawaba-sign-in-history}: a person's sign-in history for administrators allowed to view
 * users (Keycloak's admin authentication and permissions, e.g. realm-management/view-users), as Keycloak's own user
 * resource decides it.
 */
public class SignInHistoryAdminResource {

    /** One sign-in as JSON: the time in ISO-8601 (UTC). */
    public record Entry(String id, String time, String clientId, String identityProvider, String level,
                        List<String> claims) {

        static Entry of(SignInEntry entry) {
            return new Entry(entry.id(), entry.time().toString(), entry.clientId(), entry.identityProvider(),
                    entry.level(), entry.claims());
        }
    }

    /** How many sign-ins are kept under a user id. */
    public record Stored(String userId, long entries) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    SignInHistoryAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    /** The user's sign-ins, most recent first (at most {@code max}, 100 unless asked). 404 for no such user. */
    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Entry> entries(@PathParam("userId") String userId, @QueryParam("max") @DefaultValue("100") int max) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            // As Keycloak's user resource: no telling which ids exist to whom may not query users.
            if (auth.users().canQuery()) {
                throw new NotFoundException("User not found");
            }
            throw new ForbiddenException();
        }
        auth.users().requireView(user);
        return new SignInHistoryStore(session).recent(realm, user, max).stream().map(Entry::of).toList();
    }

    /**
     * How many sign-ins the history keeps under a user id, whether or not the account exists: lets an administrator
     * who may view every user check that a removed account left nothing behind.
     */
    @GET
    @Path("users/{userId}/stored")
    @Produces(MediaType.APPLICATION_JSON)
    public Stored stored(@PathParam("userId") String userId) {
        auth.users().requireView();
        return new Stored(userId, new SignInHistoryStore(session).count(realm.getId(), userId));
    }
}
