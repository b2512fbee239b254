package org.bawaba.knowledge.registration;

import java.util.Optional;

import org.bawaba.knowledge.questions.AnswerStep;
import org.bawaba.knowledge.questions.KnowledgeEvents;
import org.bawaba.knowledge.questions.RegistryAccounts;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.RegisteredPerson;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * The questions, in an account creation. A person who already has an account learns it only here, after answering:
 * a stranger who cannot answer never sees the difference between "registered" and "not registered".
 */
public class AnswerToRegisterStep extends AnswerStep {

    public static final String EXISTING_TEMPLATE = "bawaba-kbq-existing.ftl";

    public AnswerToRegisterStep() {
        super("register");
    }

    @Override
    protected void answered(AuthenticationFlowContext context, Identification identification) {
        Optional<RegisteredPerson> person = answeredPerson(context, identification);
        if (person.isEmpty()) {
            return;
        }
        if (RegistryAccounts.existing(context.getSession(), context.getRealm(), person.get()).isPresent()) {
            KnowledgeEvents.failure(context, purpose, "account", "kbq_account_exists");
            context.challenge(context.form().createForm(EXISTING_TEMPLATE));
            return;
        }
        context.success();
    }
}
