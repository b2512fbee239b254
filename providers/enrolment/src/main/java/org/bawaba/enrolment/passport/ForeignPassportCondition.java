package org.bawaba.enrolment.passport;

import org.bawaba.enrolment.chip.EnrolledChip;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Condition of a conditional sub-flow: the passport released in this account creation is foreign (its holder gets
 * the code by email), or, with the setting {@value #FOREIGN} false, Moroccan (the code goes by SMS).
 */
public class ForeignPassportCondition implements ConditionalAuthenticator {

    public static final String FOREIGN = "passport.foreign";

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        boolean wanted = context.getAuthenticatorConfig() == null
                || !"false".equals(context.getAuthenticatorConfig().getConfig().get(FOREIGN));
        return EnrolledChip.of(context.getAuthenticationSession()).releasedIdentity()
                .map(identity -> PensionFile.foreign(identity) == wanted).orElse(false);
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
