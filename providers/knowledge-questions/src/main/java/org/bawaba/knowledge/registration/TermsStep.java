package org.bawaba.knowledge.registration;

import jakarta.ws.rs.core.MultivaluedMap;

import org.bawaba.authenticator.UserlessStep;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Account creation, first page: what is about to happen, and the terms to accept. */
public class TermsStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-kbq-terms.ftl";
    static final String FIELD_ACCEPT = "acceptTerms";
    static final String ACCEPTED_NOTE = "bawaba.kbq.termsAccepted";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(form(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (!"on".equals(form.getFirst(FIELD_ACCEPT)) && !"true".equals(form.getFirst(FIELD_ACCEPT))) {
            context.challenge(form(context).addError(new FormMessage(FIELD_ACCEPT, "bawabaKbqTermsRequired"))
                    .createForm(TEMPLATE));
            return;
        }
        TermsSettings settings = TermsSettings.from(context.getAuthenticatorConfig());
        context.getAuthenticationSession().setAuthNote(ACCEPTED_NOTE, settings.version() + "@" + Time.currentTime());
        context.success();
    }

    /** The version accepted in this login and when (epoch seconds), as "version@seconds", or null. */
    static String accepted(AuthenticationSessionModel authSession) {
        return authSession.getAuthNote(ACCEPTED_NOTE);
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context) {
        return context.form().setAttribute("bawabaTermsVersion", TermsSettings.from(context.getAuthenticatorConfig()).version());
    }
}
