package org.bawaba.enrolment.chip;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.UserlessStep;
import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.eid.signin.reading.ChipReading;
import org.bawaba.eid.signin.reading.ReadingPurpose;
import org.bawaba.eid.signin.transaction.ChipTransaction;
import org.bawaba.eid.signin.transaction.TransactionState;
import org.bawaba.eid.signin.verification.Refusal;
import org.bawaba.enrolment.EnrolmentEvents;
import org.bawaba.enrolment.path.EnrolmentPath;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * Account creation with a chip (J2, seed 000; J3's passport, seed 001), three pages in one step: how to identify
 * (card + face, residence permit + face, CNIE + PIN; passport + face; no page when one mode is offered), the phone reading the chip through the holder API (purpose "enrolment"), and the data
 * read shown back, which the person releases ("select all", "accept"). A person who already has an account is sent to
 * sign in or recover it. Nothing is stored but in the login's notes.
 */
public class ChipEnrolmentStep extends UserlessStep {

    public static final String MODE_TEMPLATE = "bawaba-enrol-mode.ftl";
    public static final String RELEASE_TEMPLATE = "bawaba-enrol-release.ftl";
    public static final String EXISTING_TEMPLATE = "bawaba-enrol-existing.ftl";
    static final String FIELD_MODE = "mode";
    /** The mode page's button: sent even when no mode was ticked, so that the page can say so. */
    static final String FIELD_CHOOSE_MODE = "chooseMode";
    static final String FIELD_SELECT_ALL = "selectAll";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        ChipEnrolmentSettings settings = ChipEnrolmentSettings.from(context.getAuthenticatorConfig());
        EnrolledChip.of(context.getAuthenticationSession()).clear();
        if (settings.modes().size() == 1) {
            chooseMode(context, settings.modes().iterator().next());
            return;
        }
        context.challenge(modePage(context).createForm(MODE_TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        EnrolledChip enrolled = EnrolledChip.of(context.getAuthenticationSession());
        if (form.containsKey("leave")) {
            reading(context).transaction().clear();
            enrolled.clear();
            EnrolmentEvents.failure(context, journey(context), "chip", "left");
            context.cancelLogin();
            return;
        }
        if (form.containsKey(FIELD_MODE) || form.containsKey(FIELD_CHOOSE_MODE)) {
            Optional<IdentificationMode> mode = IdentificationMode.fromApiName(form.getFirst(FIELD_MODE))
                    .filter(ChipEnrolmentSettings.from(context.getAuthenticatorConfig()).modes()::contains);
            if (mode.isEmpty()) {
                context.challenge(modePage(context).addError(new FormMessage(FIELD_MODE, "bawabaEnrolModeRequired"))
                        .createForm(MODE_TEMPLATE));
                return;
            }
            chooseMode(context, mode.get());
            return;
        }
        if (enrolled.mode().isEmpty() || form.containsKey("cancel")) {
            // "Choose another document", or a page of an earlier mode: back to the modes.
            reading(context).transaction().clear();
            enrolled.clear();
            context.challenge(modePage(context).createForm(MODE_TEMPLATE));
            return;
        }
        if (form.containsKey("release")) {
            release(context, enrolled, form);
            return;
        }
        if (form.containsKey("retry")) {
            enrolled.forgetIdentity();
            context.challenge(openReading(context, enrolled.mode().get()));
            return;
        }
        ChipReading reading = reading(context);
        ChipTransaction transaction = reading.transaction();
        TransactionState state = transaction.state(Time.currentTime());
        switch (state) {
            case VERIFIED -> read(context, enrolled, transaction);
            case REFUSED -> {
                EnrolmentEvents.failure(context, journey(context), "chip", transaction.refusal().orElse("refused"));
                context.challenge(reading.refused(Refusal.DOCUMENT_ALTERED));
            }
            case EXPIRED -> context.challenge(reading.page("refused")
                    .setAttribute("bawabaEidRefusal", Refusal.TIMED_OUT.apiName()).createForm(ChipReading.TEMPLATE));
            default -> context.challenge(reading.page("pending").createForm(ChipReading.TEMPLATE));
        }
    }

    private void chooseMode(AuthenticationFlowContext context, IdentificationMode mode) {
        EnrolledChip.of(context.getAuthenticationSession()).modeChosen(mode);
        EnrolmentEvents.success(context, journey(context), "mode-" + mode.apiName());
        context.challenge(openReading(context, mode));
    }

    private Response openReading(AuthenticationFlowContext context, IdentificationMode mode) {
        ChipEnrolmentSettings settings = ChipEnrolmentSettings.from(context.getAuthenticatorConfig());
        boolean withoutActiveAuthentication = mode.selfie() && settings.acceptWithoutActiveAuthentication();
        ChipTransaction.Terms terms = new ChipTransaction.Terms(settings.limits().transactionSeconds(),
                settings.limits().maxPresentations(), withoutActiveAuthentication, !mode.selfie(),
                ReadingPurpose.ENROLMENT, mode.selfie(), mode.pin(), mode.documents(),
                settings.issuingState().isEmpty() ? null : settings.issuingState());
        return reading(context).open(terms);
    }

    private void read(AuthenticationFlowContext context, EnrolledChip enrolled, ChipTransaction transaction) {
        ChipIdentity identity = ChipIdentity.fromJson(transaction.identityJson().orElseThrow());
        enrolled.read(identity, transaction.portrait().orElse(null), transaction.chipAuthenticated(),
                transaction.faceMatched());
        transaction.clear();
        if (ExistingAccounts.of(context.getSession(), context.getRealm(), identity).isPresent()) {
            enrolled.clear();
            EnrolmentEvents.failure(context, journey(context), "chip", "account_exists");
            context.challenge(context.form().createForm(EXISTING_TEMPLATE));
            return;
        }
        EnrolmentEvents.success(context, journey(context), "chip");
        context.challenge(releasePage(context, enrolled).createForm(RELEASE_TEMPLATE));
    }

    private void release(AuthenticationFlowContext context, EnrolledChip enrolled, MultivaluedMap<String, String> form) {
        if (enrolled.identity().isEmpty()) {
            context.challenge(openReading(context, enrolled.mode().get()));
            return;
        }
        String selectAll = form.getFirst(FIELD_SELECT_ALL);
        if (!"on".equals(selectAll) && !"true".equals(selectAll)) {
            EnrolmentEvents.failure(context, journey(context), "release", "not_released");
            context.challenge(releasePage(context, enrolled)
                    .addError(new FormMessage(FIELD_SELECT_ALL, "bawabaEnrolReleaseRequired"))
                    .createForm(RELEASE_TEMPLATE));
            return;
        }
        enrolled.released();
        EnrolmentEvents.success(context, journey(context), "release");
        context.success();
    }

    private LoginFormsProvider modePage(AuthenticationFlowContext context) {
        ChipEnrolmentSettings settings = ChipEnrolmentSettings.from(context.getAuthenticatorConfig());
        List<String> modes = settings.modes().stream().map(IdentificationMode::apiName).toList();
        return Progress.step(context.form(), settings.step()).setAttribute("bawabaEnrolModes", modes);
    }

    private LoginFormsProvider releasePage(AuthenticationFlowContext context, EnrolledChip enrolled) {
        ChipEnrolmentSettings settings = ChipEnrolmentSettings.from(context.getAuthenticatorConfig());
        return Progress.step(context.form(), Progress.next(settings.step(), 2))
                .setAttribute("bawabaEnrolIdentity", IdentityRows.of(enrolled.identity().orElseThrow()))
                .setAttribute("bawabaEnrolPortrait", enrolled.portraitDataUri())
                .setAttribute("bawabaEnrolService", ChipReading.serviceName(context));
    }

    /** The way being followed (chip, passport), for the events. */
    private static String journey(AuthenticationFlowContext context) {
        return EnrolmentPath.chosen(context.getAuthenticationSession()).map(EnrolmentPath::apiName).orElse("chip");
    }

    private static ChipReading reading(AuthenticationFlowContext context) {
        ChipEnrolmentSettings settings = ChipEnrolmentSettings.from(context.getAuthenticatorConfig());
        return new ChipReading(context, settings.limits(),
                () -> Progress.step(context.form(), Progress.next(settings.step(), 1)));
    }
}
