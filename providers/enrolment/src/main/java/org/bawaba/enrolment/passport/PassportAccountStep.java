package org.bawaba.enrolment.passport;

import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.bawaba.authenticator.UserlessStep;
import org.bawaba.authenticator.VerifiedCodeHandOff;
import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.enrolment.EnrolmentEvents;
import org.bawaba.enrolment.account.NewAccounts;
import org.bawaba.enrolment.chip.ChipEnrolmentStep;
import org.bawaba.enrolment.chip.EnrolledChip;
import org.bawaba.enrolment.chip.ExistingAccounts;
import org.bawaba.enrolment.terms.AcceptedTerms;
import org.bawaba.otp.enrolment.ContactEnrolmentAuthenticator;
import org.bawaba.password.temporary.TemporaryPasswords;
import org.bawaba.proofoflife.check.ProofOfLife;
import org.bawaba.proofoflife.reference.ReferencePortraits;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Account creation with a passport (J3, seed 001), last step, with no page of its own: it runs in the request in which
 * the person typed the code that went by SMS (by email for a foreign passport), and makes, in that one request, the
 * account (login: the pension file number; the passport's identity; the email address and mobile number proved) with
 * that code as its provisional password, to be changed at the first sign-in, and the passport's photo as the reference
 * for proofs of life (the selfie matched it: that was the first). The code is handed over within the request
 * ({@link VerifiedCodeHandOff}), never kept in the login.
 */
public class PassportAccountStep extends UserlessStep {

    static final String JOURNEY = "passport";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<String> code = VerifiedCodeHandOff.take(context.getSession());
        Optional<ChipIdentity> identity = EnrolledChip.of(authSession).releasedIdentity();
        Optional<String> fileNumber = PensionFile.of(authSession);
        String email = ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "email");
        String mobile = ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "sms");
        if (code.isEmpty() || identity.isEmpty() || fileNumber.isEmpty() || email == null || mobile == null
                || !AcceptedTerms.acceptedAny(authSession)) {
            EnrolmentEvents.failure(context, JOURNEY, "account", "steps_missing");
            context.failure(AuthenticationFlowError.INTERNAL_ERROR, context.form()
                    .setError("bawabaEnrolStepsMissing").createErrorPage(Response.Status.BAD_REQUEST));
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (session.users().getUserByUsername(realm, fileNumber.get().toLowerCase(Locale.ROOT)) != null
                || ExistingAccounts.of(session, realm, identity.get()).isPresent()) {
            EnrolledChip.of(authSession).clear();
            EnrolmentEvents.failure(context, JOURNEY, "account", "account_exists");
            context.challenge(context.form().createForm(ChipEnrolmentStep.EXISTING_TEMPLATE));
            return;
        }
        UserModel user;
        try {
            user = session.users().addUser(realm, fileNumber.get());
            NewAccounts.fill(user, identity.get(), email, "passport", authSession, session);
            user.setSingleAttribute("phone_number", mobile);
            user.setSingleAttribute("phone_number_verified", "true");
            new TemporaryPasswords(session).setProvisional(realm, user, code.get());
            // The passport's photo, whose holder's selfie just matched it, is the reference for proofs of life.
            UserModel made = user;
            EnrolledChip.of(authSession).portrait().ifPresent(portrait ->
                    new ReferencePortraits(session).keep(realm, made, portrait, ReferencePortraits.FROM_PASSPORT_CHIP));
            ProofOfLife.provedNow(user);
        } catch (ModelDuplicateException e) {
            // Another tab or device made this account a moment ago: nothing of this one stays.
            session.getTransactionManager().setRollbackOnly();
            EnrolledChip.of(authSession).clear();
            EnrolmentEvents.failure(context, JOURNEY, "account", "account_exists");
            context.challenge(context.form().createForm(ChipEnrolmentStep.EXISTING_TEMPLATE));
            return;
        } catch (ModelException e) {
            session.getTransactionManager().setRollbackOnly();
            EnrolmentEvents.failure(context, JOURNEY, "account", "not_created");
            context.failure(AuthenticationFlowError.INTERNAL_ERROR, context.form()
                    .setError("bawabaEnrolPassportNotCreated").createErrorPage(Response.Status.CONFLICT));
            return;
        }
        EnrolledChip.of(authSession).clear();
        PensionFile.forget(authSession);
        EnrolmentEvents.success(context, JOURNEY, "account");
        context.getEvent().clone().event(EventType.REGISTER).user(user)
                .detail(Details.REGISTER_METHOD, "bawaba-enrol-passport").success();
        context.forkWithSuccessMessage(new FormMessage("bawabaEnrolPassportCreated", user.getUsername()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.resetFlow();
    }
}
