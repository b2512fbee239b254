package org.bawaba.password.provisional;

import org.bawaba.password.form.TemporaryPasswordForm;
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
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * CIMR enrolment step: the code just verified by an earlier step (SMS or email) becomes the provisional
 * password, with the forced change and expiry of any temporary password. The earlier step leaves the code
 * in an authentication-session note; this step consumes it.
 */
public class ProvisionalCodePassword implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        ProvisionalCodePasswordConfig config = ProvisionalCodePasswordConfig.from(context.getAuthenticatorConfig());
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String code = authSession.getAuthNote(config.codeNote());
        if (code == null || code.isEmpty()) {
            context.getEvent().user(context.getUser()).error("provisional_code_missing");
            context.failure(AuthenticationFlowError.INTERNAL_ERROR);
            return;
        }
        authSession.removeAuthNote(config.codeNote());
        new TemporaryPasswords(context.getSession()).setProvisional(context.getRealm(), context.getUser(), code);
        context.newEvent().event(EventType.UPDATE_CREDENTIAL).user(context.getUser())
                .detail(Details.CREDENTIAL_TYPE, PasswordCredentialModel.TYPE)
                .detail(TemporaryPasswordForm.ISSUED_VIA_DETAIL, "provisional-code")
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
