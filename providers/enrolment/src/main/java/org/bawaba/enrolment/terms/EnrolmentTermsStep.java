package org.bawaba.enrolment.terms;

import jakarta.ws.rs.core.MultivaluedMap;

import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.UserlessStep;
import org.bawaba.enrolment.EnrolmentEvents;
import org.bawaba.enrolment.path.EnrolmentPath;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** A page of terms to read and accept, in the version this execution names. */
public class EnrolmentTermsStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-enrol-terms.ftl";
    static final String FIELD_ACCEPT = "acceptTerms";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(form(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        EnrolmentTermsSettings settings = EnrolmentTermsSettings.from(context.getAuthenticatorConfig());
        String journey = EnrolmentPath.chosen(context.getAuthenticationSession()).map(EnrolmentPath::apiName)
                .orElse("none");
        if (!"on".equals(form.getFirst(FIELD_ACCEPT)) && !"true".equals(form.getFirst(FIELD_ACCEPT))) {
            EnrolmentEvents.failure(context, journey, "terms-" + settings.document(), "terms_not_accepted");
            context.challenge(form(context).addError(new FormMessage(FIELD_ACCEPT, "bawabaEnrolTermsRequired"))
                    .createForm(TEMPLATE));
            return;
        }
        AcceptedTerms.accept(context.getAuthenticationSession(), settings.document(), settings.version(),
                Time.currentTime());
        EnrolmentEvents.success(context, journey, "terms-" + settings.document());
        context.success();
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context) {
        EnrolmentTermsSettings settings = EnrolmentTermsSettings.from(context.getAuthenticatorConfig());
        return Progress.step(context.form(), settings.step())
                .setAttribute("bawabaTermsDocument", settings.document())
                .setAttribute("bawabaTermsVersion", settings.version());
    }
}
