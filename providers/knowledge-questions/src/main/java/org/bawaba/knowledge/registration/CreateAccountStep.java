package org.bawaba.knowledge.registration;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.bawaba.knowledge.questions.KnowledgeCheck;
import org.bawaba.knowledge.questions.KnowledgeEvents;
import org.bawaba.knowledge.questions.Registry;
import org.bawaba.knowledge.questions.RegistryAccounts;
import org.bawaba.otp.enrolment.ContactEnrolmentAuthenticator;
import org.bawaba.spi.registry.RegisteredPerson;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.jboss.logging.Logger;
import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.UserlessStep;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Account creation, last page: the password, typed twice under the realm's policy; then, in this one request, the
 * account: its login the registration number, the pivot identity from the registry, the email address and mobile
 * number proved in this login, linked to the registry's record. Until this step nothing exists, so leaving at any
 * earlier page leaves nothing behind. The person then signs in with it, as with any account.
 */
public class CreateAccountStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-kbq-password.ftl";
    static final String FIELD_PASSWORD = "password-new";
    static final String FIELD_CONFIRM = "password-confirm";
    static final String TERMS_ATTRIBUTE = "bawaba_terms_accepted";
    private static final String STEP = "account";
    private static final String PURPOSE = "register";
    private static final Logger LOG = Logger.getLogger(CreateAccountStep.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (!ready(context.getAuthenticationSession())) {
            context.resetFlow();
            return;
        }
        context.challenge(form(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!ready(authSession)) {
            context.resetFlow();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String password = form.getFirst(FIELD_PASSWORD);
        String confirmation = form.getFirst(FIELD_CONFIRM);
        if (password == null || password.isEmpty()) {
            context.challenge(form(context).addError(new FormMessage(FIELD_PASSWORD, "missingPasswordMessage")).createForm(TEMPLATE));
            return;
        }
        if (!password.equals(confirmation)) {
            context.challenge(form(context).addError(new FormMessage(FIELD_CONFIRM, "notMatchPasswordMessage")).createForm(TEMPLATE));
            return;
        }
        Optional<RegisteredPerson> found;
        try {
            KnowledgeCheck check = new KnowledgeCheck(authSession);
            found = Registry.of(context.getSession(), check).find(check.identification());
        } catch (RegistryUnavailableException e) {
            KnowledgeEvents.failure(context, PURPOSE, STEP, "registry_unavailable");
            context.challenge(form(context).setError("bawabaKbqRegistryUnavailable").createForm(TEMPLATE));
            return;
        }
        if (found.isEmpty()) {
            KnowledgeEvents.failure(context, PURPOSE, STEP, "kbq_not_recognised");
            new KnowledgeCheck(authSession).reset();
            context.resetFlow();
            return;
        }
        RegisteredPerson person = found.get();
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (RegistryAccounts.existing(session, realm, person).isPresent()) {
            KnowledgeEvents.failure(context, PURPOSE, STEP, "kbq_account_exists");
            context.challenge(context.form().createForm(AnswerToRegisterStep.EXISTING_TEMPLATE));
            return;
        }
        String username = RegistryAccounts.username(person);
        PolicyError policyError = session.getProvider(PasswordPolicyManagerProvider.class).validate(username, password);
        String email = ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "email");
        if (policyError == null && email != null && password.equalsIgnoreCase(email)) {
            policyError = new PolicyError("invalidPasswordNotEmailMessage");
        }
        if (policyError != null) {
            context.challenge(form(context)
                    .addError(new FormMessage(FIELD_PASSWORD, policyError.getMessage(), policyError.getParameters()))
                    .createForm(TEMPLATE));
            return;
        }

        UserModel user = session.users().addUser(realm, username);
        try {
            fill(user, person, email, ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "sms"),
                    TermsStep.accepted(authSession), session);
            user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        } catch (ModelException e) {
            // The policy refused what it accepted a moment ago (history, a policy needing the account): nothing stays.
            session.users().removeUser(realm, user);
            LOG.debugf("Account creation undone in realm %s: %s", realm.getName(), e.getMessage());
            context.challenge(form(context)
                    .addError(new FormMessage(FIELD_PASSWORD, e.getMessage(), e.getParameters()))
                    .createForm(TEMPLATE));
            return;
        }
        new KnowledgeCheck(authSession).reset();
        context.getEvent().clone().event(EventType.REGISTER).user(user)
                .detail(Details.REGISTER_METHOD, "bawaba-kbq").success();
        context.forkWithSuccessMessage(new FormMessage("bawabaKbqAccountCreated", username));
    }

    private static void fill(UserModel user, RegisteredPerson person, String email, String mobile, String terms,
                             KeycloakSession session) {
        RegisteredPerson.Identity identity = person.identity();
        user.setEnabled(true);
        user.setFirstName(identity.givenName());
        user.setLastName(identity.familyName());
        user.setEmail(email);
        user.setEmailVerified(true);
        setIfPresent(user, "given_name_ar", identity.givenNameAr());
        setIfPresent(user, "family_name_ar", identity.familyNameAr());
        user.setSingleAttribute("birthdate", identity.birthDate().toString());
        setIfPresent(user, "birthplace", identity.birthPlace());
        setIfPresent(user, "birthcountry", identity.birthCountry());
        setIfPresent(user, "gender", identity.gender());
        user.setSingleAttribute("national_id", identity.nationalId());
        user.setSingleAttribute("phone_number", mobile);
        user.setSingleAttribute("phone_number_verified", "true");
        user.setSingleAttribute(RegistryAccounts.PERSON_ATTRIBUTE, person.personId());
        String[] version = terms.split("@", 2);
        user.setSingleAttribute(TERMS_ATTRIBUTE, version[0] + " " + Instant.ofEpochSecond(Long.parseLong(version[1])));
        Locale locale = session.getContext().resolveLocale(null);
        if (locale != null) {
            user.setSingleAttribute(UserModel.LOCALE, locale.toLanguageTag());
        }
    }

    private static void setIfPresent(UserModel user, String attribute, String value) {
        if (value != null && !value.isBlank()) {
            user.setSingleAttribute(attribute, value);
        }
    }

    /** Every earlier step done in this login: terms, answers, email address and mobile number proved. */
    private static boolean ready(AuthenticationSessionModel authSession) {
        return TermsStep.accepted(authSession) != null
                && new KnowledgeCheck(authSession).verified()
                && ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "email") != null
                && ContactEnrolmentAuthenticator.enrolledRecipient(authSession, "sms") != null;
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context) {
        return Progress.form(context, CreateAccountSettings.from(context.getAuthenticatorConfig()).progressPercent());
    }
}
