package org.bawaba.enrolment.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.bawaba.authenticator.UserlessStep;
import org.bawaba.enrolment.EnrolmentEvents;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.protocol.oidc.endpoints.AuthorizationEndpoint;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Account creation, first page: which way to create it. The front door sends the paths the relying party allows
 * (parameter {@value #PARAMETER}); without it (Keycloak's own "Register" link) every path this realm offers is
 * shown. One path: no page. The parameter only narrows what the person sees: every path proves the identity itself.
 */
public class EnrolmentPathStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-enrol-path.ftl";
    public static final String PARAMETER = "bawaba_enrolment";
    static final String FIELD_PATH = "path";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        List<EnrolmentPath> choices = choices(context);
        if (choices.isEmpty()) {
            EnrolmentEvents.failure(context, "none", "path", "no_path_offered");
            context.failure(AuthenticationFlowError.ACCESS_DENIED, context.form()
                    .setError("bawabaEnrolNoPath").createErrorPage(Response.Status.FORBIDDEN));
            return;
        }
        if (choices.size() == 1) {
            chosen(context, choices.get(0));
            return;
        }
        context.challenge(page(context, choices).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        List<EnrolmentPath> choices = choices(context);
        String typed = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD_PATH);
        Optional<EnrolmentPath> path = EnrolmentPath.fromApiName(typed).filter(choices::contains);
        if (path.isEmpty()) {
            context.challenge(page(context, choices).addError(new FormMessage(FIELD_PATH, "bawabaEnrolPathRequired"))
                    .createForm(TEMPLATE));
            return;
        }
        chosen(context, path.get());
    }

    private static void chosen(AuthenticationFlowContext context, EnrolmentPath path) {
        EnrolmentPath.choose(context.getAuthenticationSession(), path);
        EnrolmentEvents.success(context, path.apiName(), "path");
        context.success();
    }

    private static org.keycloak.forms.login.LoginFormsProvider page(AuthenticationFlowContext context,
            List<EnrolmentPath> choices) {
        return context.form().setAttribute("bawabaEnrolPaths", choices.stream().map(EnrolmentPath::apiName).toList());
    }

    /** The realm's paths, narrowed to those the relying party allows when the front door said which. */
    static List<EnrolmentPath> choices(AuthenticationFlowContext context) {
        Set<EnrolmentPath> offered = EnrolmentPathSettings.from(context.getAuthenticatorConfig()).offered();
        String requested = requested(context.getAuthenticationSession());
        Set<EnrolmentPath> allowed = EnrolmentPath.parse(requested);
        List<EnrolmentPath> choices = new ArrayList<>();
        for (EnrolmentPath path : offered) {
            if (requested == null || allowed.contains(path)) {
                choices.add(path);
            }
        }
        return choices;
    }

    private static String requested(AuthenticationSessionModel authSession) {
        String value = authSession.getClientNote(AuthorizationEndpoint.LOGIN_SESSION_NOTE_ADDITIONAL_REQ_PARAMS_PREFIX
                + PARAMETER);
        return value == null || value.isBlank() ? null : value;
    }
}
