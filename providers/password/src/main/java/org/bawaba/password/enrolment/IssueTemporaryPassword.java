package org.bawaba.password.enrolment;

import org.bawaba.password.form.TemporaryPasswordForm;
import org.bawaba.password.temporary.TemporaryPasswordException;
import org.bawaba.password.temporary.TemporaryPasswords;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Enrolment step (J2 after the e-ID check, J4 after the knowledge-based questions): issues a temporary
 * password to the enrolled account and emails it with the login. The change is forced at the first sign-in
 * with it (by the password form), not at the end of the enrolment itself.
 */
public class IssueTemporaryPassword implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        try {
            new TemporaryPasswords(context.getSession()).issueAndMail(context.getRealm(), user, false, false);
        } catch (TemporaryPasswordException e) {
            context.getSession().getTransactionManager().setRollbackOnly();
            context.getEvent().user(user).detail(TemporaryPasswordForm.ISSUED_VIA_DETAIL, "enrolment")
                    .error(e.reason().name().toLowerCase());
            context.failureChallenge(AuthenticationFlowError.INTERNAL_ERROR, context.form()
                    .setError(e.reason() == TemporaryPasswordException.Reason.NO_EMAIL
                            ? "bawabaTemporaryPasswordNoEmail" : "bawabaTemporaryPasswordNotSent")
                    .createErrorPage(jakarta.ws.rs.core.Response.Status.BAD_REQUEST));
            return;
        }
        context.newEvent().event(EventType.UPDATE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, PasswordCredentialModel.TYPE)
                .detail(TemporaryPasswordForm.ISSUED_VIA_DETAIL, "enrolment")
                .success();
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
