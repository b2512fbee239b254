package org.bawaba.knowledge.recovery;

import java.util.Optional;

import org.bawaba.knowledge.questions.AnswerStep;
import org.bawaba.knowledge.questions.KnowledgeEvents;
import org.bawaba.knowledge.questions.RegistryAccounts;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.RegisteredPerson;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

/**
 * The questions, in a password recovery (Keycloak's reset-credentials flow): once they match, the account made for
 * the person becomes the flow's user, for the next steps (a code to the verified email or mobile, then Keycloak's
 * own new-password step).
 */
public class AnswerToRecoverStep extends AnswerStep {

    public static final String NO_ACCOUNT_TEMPLATE = "bawaba-kbq-no-account.ftl";

    public AnswerToRecoverStep() {
        super("recover");
    }

    @Override
    protected void answered(AuthenticationFlowContext context, Identification identification) {
        Optional<RegisteredPerson> person = answeredPerson(context, identification);
        if (person.isEmpty()) {
            return;
        }
        Optional<UserModel> account = RegistryAccounts.existing(context.getSession(), context.getRealm(), person.get());
        if (account.isEmpty() || !account.get().isEnabled()) {
            KnowledgeEvents.failure(context, purpose, "account", account.isEmpty() ? "kbq_no_account" : "user_disabled");
            context.challenge(context.form().createForm(NO_ACCOUNT_TEMPLATE));
            return;
        }
        context.setUser(account.get());
        context.success();
    }
}
