package org.bawaba.password.directgrant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.bawaba.password.form.TemporaryPasswordForm;
import org.bawaba.password.form.TemporaryPasswordFormConfig;
import org.bawaba.password.temporary.TemporaryPasswordMark;
import org.bawaba.password.temporary.TemporaryPasswords;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.directgrant.AbstractDirectGrantAuthenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Direct-grant (resource owner password) step, after Keycloak's password validation: a temporary password
 * never yields tokens there, since the forced change needs the browser. An expired one is recorded as such.
 */
public class TemporaryPasswordGrantGuard extends AbstractDirectGrantAuthenticator {

    public static final String PROVIDER_ID = "bawaba-grant-temporary-password";
    public static final String TEMPORARY_ERROR = "temporary_password";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        Optional<Instant> issuedAt = new TemporaryPasswords(context.getSession()).issuedAt(context.getRealm(), user);
        if (issuedAt.isEmpty()) {
            context.success();
            return;
        }
        AuthenticatorConfigModel model = context.getAuthenticatorConfig();
        Map<String, String> values = model == null ? null : model.getConfig();
        Duration maxAge = TemporaryPasswordFormConfig.from(values, TemporaryPasswords.settings(context.getRealm())).maxAge();
        boolean expired = TemporaryPasswordMark.isExpired(issuedAt.get(), TemporaryPasswords.now(), maxAge);
        context.getEvent().user(user)
                .detail(TemporaryPasswordForm.ISSUED_AT_DETAIL, issuedAt.get().toString())
                .detail(TemporaryPasswordForm.MAX_AGE_DETAIL, Long.toString(maxAge.toHours()))
                .error(expired ? TemporaryPasswordForm.EXPIRED_ERROR : TEMPORARY_ERROR);
        Response refused = errorResponse(Response.Status.BAD_REQUEST.getStatusCode(), "invalid_grant",
                expired ? "Temporary password expired" : "Temporary password must be changed in the browser");
        context.failure(AuthenticationFlowError.INVALID_CREDENTIALS, refused);
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
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba temporary password guard (direct grant)";
    }

    @Override
    public String getHelpText() {
        return "Place after 'Password' in a direct grant flow: refuses temporary passwords, and records expired ones.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return TemporaryPasswordFormConfig.PROPERTIES.subList(0, 1);
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.DISABLED
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
