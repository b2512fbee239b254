package org.bawaba.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.bawaba.authenticator.UserlessStep;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.events.Errors;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.util.JsonSerialization;
import org.jboss.logging.Logger;

/**
 * Signs in as a fictitious person chosen from a list, for integrators trying their relying party in the sandbox.
 * The sign-in counts at the person's level of assurance and reports the provider it stands for in {@code amr}.
 * It asks for no credential, so it refuses to run in any realm not marked as a sandbox.
 */
public class FictitiousPersonAuthenticator extends UserlessStep {

    public static final String TEMPLATE = "bawaba-sandbox-person.ftl";
    static final String PERSON_FIELD = "person";
    /** The user-session note the front door's amr mapper reads (JSON array). */
    static final String AMR_NOTE = "bawaba.amr";
    private static final Logger LOG = Logger.getLogger(FictitiousPersonAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (!FictitiousPeople.isSandbox(context.getRealm())) {
            refuseOutsideSandbox(context);
            return;
        }
        context.challenge(page(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (!FictitiousPeople.isSandbox(context.getRealm())) {
            refuseOutsideSandbox(context);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String id = form.getFirst(PERSON_FIELD);
        KeycloakSession session = context.getSession();
        UserModel person = id == null || id.isBlank() ? null : session.users().getUserById(context.getRealm(), id);
        if (!FictitiousPeople.isFictitious(person)) {
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, page(context, "bawabaSandboxChoose"));
            return;
        }
        Map<String, Integer> levels = levels(context);
        int rank = FictitiousPeople.rank(levels, person);
        if (rank < requested(context)) {
            context.getEvent().user(person).error("sandbox_level_too_low");
            context.forceChallenge(page(context, "bawabaSandboxLevelTooLow"));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        AcrStore acr = new AcrStore(session, authSession);
        for (int level = 1; level <= rank; level++) {
            acr.setLevelAuthenticated(level);
        }
        String loaMap = authSession.getAuthNote(Constants.LOA_MAP);
        if (loaMap != null) {
            authSession.setUserSessionNote(Constants.LOA_MAP, loaMap);
        }
        authSession.setUserSessionNote(AMR_NOTE, amr(person));
        context.setUser(person);
        context.success();
    }

    private Response page(AuthenticationFlowContext context, String error) {
        Map<String, Integer> levels = levels(context);
        int requested = requested(context);
        List<FictitiousPersonView> people = new ArrayList<>();
        for (UserModel user : FictitiousPeople.list(context.getSession(), context.getRealm(), levels, config(context).maxPeople())) {
            people.add(FictitiousPersonView.of(user, FictitiousPeople.rank(levels, user) >= requested));
        }
        var form = context.form().setAttribute("bawabaSandboxPeople", people);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    private static void refuseOutsideSandbox(AuthenticationFlowContext context) {
        LOG.warnf("step %s refused in realm %s: it signs in without a credential and runs only in a realm with %s=true",
                FictitiousPersonAuthenticatorFactory.PROVIDER_ID, context.getRealm().getName(), FictitiousPeople.SANDBOX_REALM);
        context.getEvent().error("sandbox_step_outside_sandbox");
        context.failure(AuthenticationFlowError.INTERNAL_ERROR);
    }

    private static Map<String, Integer> levels(AuthenticationFlowContext context) {
        return AcrUtils.getAcrLoaMap(context.getAuthenticationSession().getClient());
    }

    private static int requested(AuthenticationFlowContext context) {
        String requested = context.getAuthenticationSession().getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION);
        return requested == null ? 0 : Integer.parseInt(requested);
    }

    private static String amr(UserModel person) {
        String provider = person.getFirstAttribute(FictitiousPeople.PROVIDER);
        List<String> amr = "eid".equals(provider) ? List.of("hwk", "sc", "face") : List.of("pwd", "sms");
        try {
            return JsonSerialization.writeValueAsString(amr);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FictitiousPersonConfig config(AuthenticationFlowContext context) {
        AuthenticatorConfigModel model = context.getAuthenticatorConfig();
        return FictitiousPersonConfig.from(model == null ? null : model.getConfig());
    }
}
