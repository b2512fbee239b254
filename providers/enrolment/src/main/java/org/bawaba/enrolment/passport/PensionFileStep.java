package org.bawaba.enrolment.passport;

import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.UserlessStep;
import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.enrolment.EnrolmentEvents;
import org.bawaba.enrolment.chip.ChipEnrolmentStep;
import org.bawaba.enrolment.chip.EnrolledChip;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * Account creation with a passport (J3, seed 001), after the passport's data was released: the pension file number,
 * which becomes the login. A file number that already names an account sends the person to sign in or recover it.
 * The page also says where the code will go: by SMS, or by email for a foreign passport.
 */
public class PensionFileStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-enrol-pension-file.ftl";
    static final String FIELD = "fileNumber";
    static final String JOURNEY = "passport";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (EnrolledChip.of(context.getAuthenticationSession()).releasedIdentity().isEmpty()) {
            context.resetFlow();
            return;
        }
        context.challenge(form(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<ChipIdentity> identity = EnrolledChip.of(context.getAuthenticationSession()).releasedIdentity();
        if (identity.isEmpty()) {
            context.resetFlow();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String typed = form.getFirst(FIELD) == null ? "" : form.getFirst(FIELD).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        PensionFileSettings settings = PensionFileSettings.from(context.getAuthenticatorConfig());
        if (!settings.format().matcher(typed).matches()) {
            EnrolmentEvents.failure(context, JOURNEY, "pension-file", "file_number_malformed");
            context.challenge(form(context).addError(new FormMessage(FIELD, "bawabaEnrolFileNumberInvalid"))
                    .createForm(TEMPLATE));
            return;
        }
        if (context.getSession().users().getUserByUsername(context.getRealm(), typed.toLowerCase(Locale.ROOT)) != null) {
            EnrolledChip.of(context.getAuthenticationSession()).clear();
            EnrolmentEvents.failure(context, JOURNEY, "pension-file", "account_exists");
            context.challenge(context.form().createForm(ChipEnrolmentStep.EXISTING_TEMPLATE));
            return;
        }
        PensionFile.typed(context.getAuthenticationSession(), typed);
        EnrolmentEvents.success(context, JOURNEY, "pension-file");
        context.success();
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context) {
        ChipIdentity identity = EnrolledChip.of(context.getAuthenticationSession()).identity().orElseThrow();
        return Progress.step(context.form(), PensionFileSettings.from(context.getAuthenticatorConfig()).step())
                .setAttribute("bawabaEnrolForeign", PensionFile.foreign(identity));
    }
}
