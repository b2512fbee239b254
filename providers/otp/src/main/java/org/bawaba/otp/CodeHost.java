package org.bawaba.otp;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Where a code exchange runs: a step of a login flow, or a required action (a signed-in person changing their
 * contact details). What {@link CodeStep} and the contact forms need of either, so that both share one
 * implementation.
 *
 * @param user       the account, or null before one exists (account creation)
 * @param settings   what an administrator set on the step or the action (never null)
 * @param forms      a new page, given the setting that holds its progress-bar value (a multi-step account creation)
 * @param wrongCodes shows the page after a wrong code: in a login flow as a failure that Keycloak's brute-force
 *                   detector counts; in a required action as a page (the person is signed in: the code's attempt
 *                   limit and the hourly quota of codes bound the guesses)
 */
public record CodeHost(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                       HttpRequest request, EventBuilder event, Map<String, String> settings,
                       Function<String, LoginFormsProvider> forms, Consumer<Response> challenges,
                       Consumer<Response> wrongCodes) {

    public static CodeHost of(AuthenticationFlowContext context) {
        var config = context.getAuthenticatorConfig();
        return new CodeHost(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession(), context.getHttpRequest(), context.getEvent(),
                config == null || config.getConfig() == null ? Map.of() : config.getConfig(),
                progressKey -> CodeStep.withProgress(context, progressKey), context::challenge,
                page -> context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page));
    }

    public static CodeHost of(RequiredActionContext context) {
        var config = context.getConfig();
        return new CodeHost(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession(), context.getHttpRequest(), context.getEvent(),
                config == null || config.getConfig() == null ? Map.of() : config.getConfig(),
                progressKey -> context.form(), context::challenge, context::challenge);
    }

    public MultivaluedMap<String, String> formParameters() {
        return request.getDecodedFormParameters();
    }

    public LoginFormsProvider form(String progressKey) {
        return forms.apply(progressKey);
    }

    public void challenge(Response page) {
        challenges.accept(page);
    }

    public void wrongCode(Response page) {
        wrongCodes.accept(page);
    }
}
