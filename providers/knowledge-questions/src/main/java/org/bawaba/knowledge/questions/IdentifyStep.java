package org.bawaba.knowledge.questions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.knowledge.captcha.Captcha;
import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;
import org.bawaba.spi.registry.RegisteredPerson;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.UserlessStep;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * The person says who they are: a registration number or an employer identifier, the national ID number and the
 * birth date. Whether or not the registry knows them, the next page asks questions (for nobody, questions chosen
 * by {@link DecoyQuestions}); only the answers get a verdict, so this page never tells a stranger who is registered.
 */
public class IdentifyStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-kbq-identify.ftl";
    static final String FIELD_KIND = "identifierKind";
    static final String FIELD_IDENTIFIER = "identifier";
    static final String FIELD_NATIONAL_ID = "nationalId";
    static final String FIELD_BIRTH_DATE = "birthDate";
    static final String STEP = "identify";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        new KnowledgeCheck(context.getAuthenticationSession()).reset();
        context.challenge(page(context, null, List.of(), null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        String purpose = purpose(context);
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        List<FormMessage> errors = new ArrayList<>();
        Optional<Identification> typed = parse(form, errors);
        if (typed.isEmpty()) {
            context.challenge(page(context, form, errors, null));
            return;
        }
        Captcha.Verdict robotCheck = Captcha.of(context).verify(form);
        if (!robotCheck.accepted()) {
            KnowledgeEvents.failure(context, purpose, STEP, "captcha_" + robotCheck.name().toLowerCase(Locale.ROOT));
            context.challenge(page(context, form, List.of(), robotCheck.messageKey()));
            return;
        }
        Identification identification = typed.get();
        KnowledgeSettings settings = KnowledgeSettings.from(context.getAuthenticatorConfig());
        if (new FailureLimit(context.getSession(), settings, identification.nationalId()).lockedOut()) {
            KnowledgeEvents.failure(context, purpose, STEP, "kbq_locked_out");
            context.challenge(page(context, form, List.of(), "bawabaKbqLockedOut"));
            return;
        }
        Optional<RegisteredPerson> person;
        try {
            person = Registry.of(context.getSession(), settings.registry()).find(identification);
        } catch (RegistryUnavailableException e) {
            KnowledgeEvents.failure(context, purpose, STEP, "registry_unavailable");
            context.challenge(page(context, form, List.of(), "bawabaKbqRegistryUnavailable"));
            return;
        }
        PaymentMode paidBy = person.map(RegisteredPerson::paymentMode)
                .orElseGet(() -> DecoyQuestions.paymentModeFor(context.getSession(), context.getRealm(), identification));
        new KnowledgeCheck(context.getAuthenticationSession())
                .identified(settings.registry(), identification, Question.askedOf(identification.kind(), paidBy));
        KnowledgeEvents.success(context, purpose, STEP);
        context.success();
    }

    /** "recover" in Keycloak's reset-credentials flow, "register" anywhere else: for events and page texts. */
    static String purpose(AuthenticationFlowContext context) {
        String path = context.getFlowPath();
        return path != null && path.contains("reset") ? "recover" : "register";
    }

    /** The identification typed, or empty with a message per field that is missing or malformed. */
    static Optional<Identification> parse(MultivaluedMap<String, String> form, List<FormMessage> errors) {
        IdentifierKind kind = IdentifierKind.REGISTRATION_NUMBER;
        String kindValue = form.getFirst(FIELD_KIND);
        if (kindValue != null && !kindValue.isBlank()) {
            try {
                kind = IdentifierKind.valueOf(kindValue.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FormMessage(FIELD_KIND, "bawabaKbqFieldMissing"));
            }
        }
        String identifier = Identification.normalize(form.getFirst(FIELD_IDENTIFIER));
        // As wide as the registries' own identifiers (digits, letters, / and .); the registry says the rest.
        if (identifier.isEmpty() || identifier.length() > 64 || !identifier.matches("[0-9A-Z/.]+")) {
            errors.add(new FormMessage(FIELD_IDENTIFIER, identifier.isEmpty() ? "bawabaKbqFieldMissing" : "bawabaKbqFieldMalformed"));
        }
        String nationalId = Identification.normalize(form.getFirst(FIELD_NATIONAL_ID));
        if (nationalId.isEmpty() || !nationalId.matches("[A-Z0-9]{4,32}")) {
            errors.add(new FormMessage(FIELD_NATIONAL_ID, nationalId.isEmpty() ? "bawabaKbqFieldMissing" : "bawabaKbqNationalIdMalformed"));
        }
        LocalDate birthDate = birthDate(form.getFirst(FIELD_BIRTH_DATE));
        if (birthDate == null) {
            String raw = form.getFirst(FIELD_BIRTH_DATE);
            errors.add(new FormMessage(FIELD_BIRTH_DATE, raw == null || raw.isBlank() ? "bawabaKbqFieldMissing" : "bawabaKbqBirthDateMalformed"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Identification(kind, identifier, nationalId, birthDate));
    }

    /** yyyy-mm-dd (a date input) or dd/mm/yyyy (typed where there is no date picker); never in the future. */
    static LocalDate birthDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        LocalDate date;
        try {
            date = value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
        return date.isAfter(LocalDate.now()) || date.getYear() < 1900 ? null : date;
    }

    LoginFormsProvider form(AuthenticationFlowContext context) {
        return Progress.form(context, KnowledgeSettings.from(context.getAuthenticatorConfig()).progressPercent())
                .setAttribute("bawabaKbqPurpose", purpose(context));
    }

    private Response page(AuthenticationFlowContext context, MultivaluedMap<String, String> typed,
                          List<FormMessage> fieldErrors, String error) {
        LoginFormsProvider form = Captcha.of(context).show(form(context));
        if (typed != null) {
            form.setFormData(typed);
        }
        fieldErrors.forEach(form::addError);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }
}
