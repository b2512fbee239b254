package org.bawaba.password.provisional;

import java.util.Optional;

import org.bawaba.authenticator.VerifiedCodeHandOff;
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

/**
 * CIMR enrolment step: the code just verified by an earlier step (SMS or email) becomes the provisional
 * password, with the forced change and expiry of any temporary password. It must come right after that step:
 * the code is handed over within the request ({@link VerifiedCodeHandOff}), never kept in the login's session.
 */
public class ProvisionalCodePassword implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<String> code = VerifiedCodeHandOff.take(context.getSession());
        if (code.isEmpty()) {
            context.getEvent().user(context.getUser()).error("provisional_code_missing");
            context.failure(AuthenticationFlowError.INTERNAL_ERROR);
            return;
        }
        new TemporaryPasswords(context.getSession()).setProvisional(context.getRealm(), context.getUser(), code.get());
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
