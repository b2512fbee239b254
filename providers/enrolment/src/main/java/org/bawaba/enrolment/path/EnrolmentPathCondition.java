package org.bawaba.enrolment.path;

import java.util.Map;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Condition of a conditional sub-flow: the account creation follows this execution's path. */
public class EnrolmentPathCondition implements ConditionalAuthenticator {

    public static final String PATH = "enrolment.path";

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        Map<String, String> config = context.getAuthenticatorConfig() == null ? Map.of()
                : context.getAuthenticatorConfig().getConfig();
        return EnrolmentPath.fromApiName(config.get(PATH))
                .flatMap(path -> EnrolmentPath.chosen(context.getAuthenticationSession()).filter(path::equals))
                .isPresent();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
