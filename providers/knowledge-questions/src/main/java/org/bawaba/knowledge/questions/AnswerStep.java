package org.bawaba.knowledge.questions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.Question;
import org.bawaba.spi.registry.RegisteredPerson;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.UserlessStep;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * The questions only the real person can answer, checked by the registry. Identifiers that name nobody and a wrong
 * answer get the same page and count the same towards the cool-down, and the registry does the same work for both
 * (benchmarks/kbq-timing.sh measures the answer within 5% either way); no field is ever named. What happens once the answers match is the subclass's: account creation or recovery.
 */
public abstract class AnswerStep extends UserlessStep {

    public static final String TEMPLATE = "bawaba-kbq-questions.ftl";
    static final String STEP = "answers";

    protected final String purpose;

    protected AnswerStep(String purpose) {
        this.purpose = purpose;
    }

    /** The answers matched: go on, or show why not (the person already has an account, or has none). */
    protected abstract void answered(AuthenticationFlowContext context, Identification identification);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        KnowledgeCheck check = new KnowledgeCheck(context.getAuthenticationSession());
        if (check.identification() == null) {
            context.resetFlow();
            return;
        }
        context.challenge(page(context, check.questions(), null, List.of()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        KnowledgeCheck check = new KnowledgeCheck(context.getAuthenticationSession());
        Identification identification = check.identification();
        if (identification == null) {
            context.resetFlow();
            return;
        }
        List<Question> questions = check.questions();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        Map<Question, String> answers = new EnumMap<>(Question.class);
        List<FormMessage> missing = new ArrayList<>();
        for (Question question : questions) {
            String answer = form.getFirst(question.name());
            if (answer == null || answer.isBlank()) {
                missing.add(new FormMessage(question.name(), "bawabaKbqFieldMissing"));
            } else {
                answers.put(question, answer.length() > 64 ? answer.substring(0, 64) : answer);
            }
        }
        if (!missing.isEmpty()) {
            context.challenge(page(context, questions, null, missing));
            return;
        }
        KnowledgeSettings settings = KnowledgeSettings.from(context.getAuthenticatorConfig());
        FailureLimit limit = new FailureLimit(context.getSession(), settings, identification.nationalId());
        if (limit.lockedOut()) {
            KnowledgeEvents.failure(context, purpose, STEP, "kbq_locked_out");
            context.challenge(page(context, questions, "bawabaKbqLockedOut", List.of()));
            return;
        }
        boolean match;
        try {
            match = Registry.of(context.getSession(), check).answersMatch(identification, answers);
        } catch (RegistryUnavailableException e) {
            KnowledgeEvents.failure(context, purpose, STEP, "registry_unavailable");
            context.challenge(page(context, questions, "bawabaKbqRegistryUnavailable", List.of()));
            return;
        }
        if (!match) {
            boolean lockedNow = limit.recordFailure();
            KnowledgeEvents.failure(context, purpose, STEP, lockedNow ? "kbq_locked_out" : "kbq_not_recognised");
            context.challenge(page(context, questions, lockedNow ? "bawabaKbqLockedOut" : "bawabaKbqNotRecognised", List.of()));
            return;
        }
        check.answered();
        KnowledgeEvents.success(context, purpose, STEP);
        answered(context, identification);
    }

    /**
     * The registry's record of the person who just answered, or empty after showing why not (registry unavailable,
     * or the record changed between the two questions to the registry).
     */
    protected Optional<RegisteredPerson> answeredPerson(AuthenticationFlowContext context, Identification identification) {
        KnowledgeCheck check = new KnowledgeCheck(context.getAuthenticationSession());
        Optional<RegisteredPerson> person;
        try {
            person = Registry.of(context.getSession(), check).find(identification);
        } catch (RegistryUnavailableException e) {
            KnowledgeEvents.failure(context, purpose, "account", "registry_unavailable");
            context.challenge(page(context, check.questions(), "bawabaKbqRegistryUnavailable", List.of()));
            return Optional.empty();
        }
        if (person.isEmpty()) {
            KnowledgeEvents.failure(context, purpose, "account", "kbq_not_recognised");
            context.challenge(page(context, check.questions(), "bawabaKbqNotRecognised", List.of()));
        }
        return person;
    }

    protected Response page(AuthenticationFlowContext context, List<Question> questions, String error,
                            List<FormMessage> fieldErrors) {
        LoginFormsProvider form = Progress.form(context, KnowledgeSettings.from(context.getAuthenticatorConfig()).progressPercent())
                .setAttribute("bawabaKbqPurpose", purpose)
                .setAttribute("bawabaKbqQuestions", questions.stream().map(Question::name).toList());
        fieldErrors.forEach(form::addError);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }
}
