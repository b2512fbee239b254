package org.bawaba.enrolment.account;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.UserlessStep;
import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.enrolment.EnrolmentEvents;
import org.bawaba.enrolment.chip.ChipEnrolmentStep;
import org.bawaba.enrolment.chip.EnrolledChip;
import org.bawaba.enrolment.chip.ExistingAccounts;
import org.bawaba.enrolment.chip.IdentityRows;
import org.bawaba.enrolment.terms.AcceptedTerms;
import org.bawaba.otp.enrolment.ContactEnrolmentAuthenticator;
import org.bawaba.password.temporary.TemporaryPasswordException;
import org.bawaba.password.temporary.TemporaryPasswords;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Account creation with a chip e-ID, last page (seed 000, "Inscription"): what the chip said, read-only, and the email
 * address proved in this login; "Send" creates, in this one request, the account (login: the CNIE number), with the
 * pivot identity, the terms accepted and a temporary password sent to that address, to be changed within the realm's
 * maximum age (3 days). If the mail cannot be sent, nothing stays. The person then signs in with that password.
 */
public class ChipAccountStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-enrol-account.ftl";
    static final String JOURNEY = "chip";
    private static final Logger LOG = Logger.getLogger(ChipAccountStep.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (ready(context).isEmpty()) {
            context.resetFlow();
            return;
        }
        context.challenge(form(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<ChipIdentity> ready = ready(context);
        if (ready.isEmpty()) {
            context.resetFlow();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (form.containsKey("leave")) {
            EnrolledChip.of(authSession).clear();
            EnrolmentEvents.failure(context, JOURNEY, "account", "left");
            context.cancelLogin();
            return;
        }
        ChipIdentity identity = ready.get();
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (ExistingAccounts.of(session, realm, identity).isPresent()) {
            EnrolledChip.of(authSession).clear();
            EnrolmentEvents.failure(context, JOURNEY, "account", "account_exists");
            context.challenge(context.form().createForm(ChipEnrolmentStep.EXISTING_TEMPLATE));
            return;
        }
        String email = ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "email");
        EnrolledChip enrolled = EnrolledChip.of(authSession);
        UserModel user;
        try {
            user = session.users().addUser(realm, identity.username());
            NewAccounts.fill(user, identity, email, "chip " + enrolled.mode().orElseThrow().apiName(), authSession,
                    session);
            new TemporaryPasswords(session).issueAndMail(realm, user, false, true);
        } catch (ModelDuplicateException e) {
            // Another tab or device made this account a moment ago: nothing of this one stays.
            session.getTransactionManager().setRollbackOnly();
            EnrolledChip.of(authSession).clear();
            EnrolmentEvents.failure(context, JOURNEY, "account", "account_exists");
            context.challenge(context.form().createForm(ChipEnrolmentStep.EXISTING_TEMPLATE));
            return;
        } catch (TemporaryPasswordException | ModelException e) {
            // The mail could not go, or the realm refused the account: nothing of it stays.
            session.getTransactionManager().setRollbackOnly();
            LOG.debugf("Chip account creation undone in realm %s: %s", realm.getName(), e.getClass().getSimpleName());
            EnrolmentEvents.failure(context, JOURNEY, "account", "not_created");
            context.challenge(form(context).setError("bawabaEnrolAccountNotCreated").createForm(TEMPLATE));
            return;
        }
        enrolled.clear();
        EnrolmentEvents.success(context, JOURNEY, "account");
        context.getEvent().clone().event(EventType.REGISTER).user(user)
                .detail(Details.REGISTER_METHOD, "bawaba-enrol-chip").success();
        context.forkWithSuccessMessage(new FormMessage("bawabaEnrolAccountCreated", identity.username()));
    }

    /** The released identity, when every earlier step of this login is done: terms, chip, release, email. */
    private static Optional<ChipIdentity> ready(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        ChipAccountSettings settings = ChipAccountSettings.from(context.getAuthenticatorConfig());
        if (!AcceptedTerms.acceptedAll(authSession, settings.requiredTerms())
                || ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "email") == null) {
            return Optional.empty();
        }
        return EnrolledChip.of(authSession).releasedIdentity();
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        EnrolledChip enrolled = EnrolledChip.of(authSession);
        ChipIdentity identity = enrolled.identity().orElseThrow();
        return Progress.step(context.form(), ChipAccountSettings.from(context.getAuthenticatorConfig()).step())
                .setAttribute("bawabaEnrolIdentity", IdentityRows.of(identity))
                .setAttribute("bawabaEnrolPortrait", enrolled.portraitDataUri())
                .setAttribute("bawabaEnrolLogin", identity.username())
                .setAttribute("bawabaEnrolEmail", ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "email"));
    }

}
