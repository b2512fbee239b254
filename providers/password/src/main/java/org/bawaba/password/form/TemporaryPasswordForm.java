package org.bawaba.password.form;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.authenticator.Masking;
import org.bawaba.password.temporary.TemporaryPasswordException;
import org.bawaba.password.temporary.TemporaryPasswordMark;
import org.bawaba.password.temporary.TemporaryPasswords;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

import static org.keycloak.services.validation.Validation.FIELD_USERNAME;

/**
 * Keycloak's username and password form, plus temporary passwords: a temporary password older than the
 * maximum age is refused with a page that says so and offers a new one; a valid one signs in only through
 * Keycloak's UPDATE_PASSWORD required action. A sign-in that meets another sign-in of the same account being
 * checked waits for its turn instead of being told its password is wrong ({@link ConcurrentSignIns}).
 */
public class TemporaryPasswordForm extends UsernamePasswordForm {

    public static final String EXPIRED_TEMPLATE = "bawaba-temporary-password-expired.ftl";
    /** Event error of a sign-in refused because the temporary password expired. */
    public static final String EXPIRED_ERROR = "temporary_password_expired";
    public static final String ISSUED_AT_DETAIL = "temporary_password_issued_at";
    public static final String MAX_AGE_DETAIL = "temporary_password_max_age_hours";
    public static final String ISSUED_VIA_DETAIL = "temporary_password_issued_via";
    static final String REISSUE_PARAMETER = "bawaba-reissue-temporary-password";

    // Who proved knowledge of an expired temporary password in this authentication session, and which one.
    static final String EXPIRED_USER_NOTE = "bawaba.temporaryPassword.expired.user";
    static final String EXPIRED_ISSUED_AT_NOTE = "bawaba.temporaryPassword.expired.issuedAt";

    public TemporaryPasswordForm(KeycloakSession session) {
        super(session);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        if (formData.containsKey(REISSUE_PARAMETER)) {
            reissue(context);
            return;
        }
        super.action(context);
    }

    @Override
    protected boolean isDisabledByBruteForce(AuthenticationFlowContext context, UserModel user) {
        if (!context.getRealm().isBruteForceProtected()) {
            return false;
        }
        switch (ConcurrentSignIns.awaitTurn(context, user, config(context).concurrentSignInWait())) {
            case OURS:
                return false;
            case LOCKED_OUT:
                return super.isDisabledByBruteForce(context, user);
            default:
                context.getEvent().user(user).error(ConcurrentSignIns.IN_PROGRESS_ERROR);
                context.forceChallenge(challenge(context, ConcurrentSignIns.IN_PROGRESS_MESSAGE, FIELD_USERNAME));
                return true;
        }
    }

    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        if (!super.validateForm(context, formData)) {
            return false;
        }
        UserModel user = context.getUser();
        TemporaryPasswords temporaryPasswords = new TemporaryPasswords(context.getSession());
        Optional<Instant> issuedAt = temporaryPasswords.issuedAt(context.getRealm(), user);
        if (issuedAt.isEmpty()) {
            temporaryPasswords.forgetStaleMark(context.getRealm(), user);
            return true;
        }
        TemporaryPasswordFormConfig config = config(context);
        if (!TemporaryPasswordMark.isExpired(issuedAt.get(), TemporaryPasswords.now(), config.maxAge())) {
            // Even if an admin removed the required action, a temporary password only leads to choosing a new one.
            context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
            return true;
        }

        context.getEvent().user(user)
                .detail(ISSUED_AT_DETAIL, issuedAt.get().toString())
                .detail(MAX_AGE_DETAIL, Long.toString(config.maxAgeHours()))
                .error(EXPIRED_ERROR);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.removeAuthNote(AuthenticationManager.PASSWORD_VALIDATED);
        authSession.setAuthNote(EXPIRED_USER_NOTE, user.getId());
        authSession.setAuthNote(EXPIRED_ISSUED_AT_NOTE, Long.toString(issuedAt.get().toEpochMilli()));
        context.clearUser();
        context.forceChallenge(expiredPage(context, config, null));
        return false;
    }

    /** Emails a fresh temporary password to whoever just proved knowledge of their expired one. */
    private void reissue(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        TemporaryPasswordFormConfig config = config(context);
        String userId = authSession.getAuthNote(EXPIRED_USER_NOTE);
        String noted = authSession.getAuthNote(EXPIRED_ISSUED_AT_NOTE);
        UserModel user = userId == null || !config.selfServiceReissue()
                ? null : context.getSession().users().getUserById(context.getRealm(), userId);
        TemporaryPasswords temporaryPasswords = new TemporaryPasswords(context.getSession());
        // The same expired password must still be in place: a replayed form post cannot send a second one.
        boolean stillExpired = user != null && user.isEnabled() && temporaryPasswords.issuedAt(context.getRealm(), user)
                .filter(issued -> Long.toString(issued.toEpochMilli()).equals(noted))
                .isPresent();
        if (!stillExpired) {
            authSession.removeAuthNote(EXPIRED_USER_NOTE);
            authSession.removeAuthNote(EXPIRED_ISSUED_AT_NOTE);
            context.forceChallenge(context.form().createLoginUsernamePassword());
            return;
        }
        try {
            temporaryPasswords.issueAndMail(context.getRealm(), user, true, true);
        } catch (TemporaryPasswordException e) {
            context.getSession().getTransactionManager().setRollbackOnly();
            context.newEvent().event(EventType.UPDATE_CREDENTIAL).user(user)
                    .detail(Details.CREDENTIAL_TYPE, PasswordCredentialModel.TYPE)
                    .detail(ISSUED_VIA_DETAIL, "self-service")
                    .error(e.reason().name().toLowerCase());
            String message = e.reason() == TemporaryPasswordException.Reason.NO_EMAIL
                    ? "bawabaTemporaryPasswordNoVerifiedEmail" : "bawabaTemporaryPasswordNotSent";
            context.forceChallenge(expiredPage(context, config, message));
            return;
        }
        context.newEvent().event(EventType.UPDATE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, PasswordCredentialModel.TYPE)
                .detail(ISSUED_VIA_DETAIL, "self-service")
                .success();
        authSession.removeAuthNote(EXPIRED_USER_NOTE);
        authSession.removeAuthNote(EXPIRED_ISSUED_AT_NOTE);
        MultivaluedMap<String, String> formData = new MultivaluedHashMap<>();
        formData.add(AuthenticationManager.FORM_USERNAME, user.getUsername());
        context.forceChallenge(context.form()
                .setFormData(formData)
                .setInfo("bawabaTemporaryPasswordReissued", user.getEmail() == null ? "" : Masking.emailAddress(user.getEmail()))
                .createLoginUsernamePassword());
    }

    private Response expiredPage(AuthenticationFlowContext context, TemporaryPasswordFormConfig config, String error) {
        return context.form()
                .setAttribute("temporaryPasswordMaxAgeHours", config.maxAgeHours())
                .setAttribute("temporaryPasswordReissue", config.selfServiceReissue())
                .setError(error != null ? error : "bawabaTemporaryPasswordExpired",
                        String.valueOf(config.maxAgeHours()), config.maxAgeHours()) // digits 0-9, and the number for plurals
                .createForm(EXPIRED_TEMPLATE);
    }

    private static TemporaryPasswordFormConfig config(AuthenticationFlowContext context) {
        AuthenticatorConfigModel model = context.getAuthenticatorConfig();
        Map<String, String> values = model == null ? null : model.getConfig();
        return TemporaryPasswordFormConfig.from(values, TemporaryPasswords.settings(context.getRealm()));
    }
}
