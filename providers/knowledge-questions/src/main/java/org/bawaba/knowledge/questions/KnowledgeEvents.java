package org.bawaba.knowledge.questions;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;

/**
 * One event per step of an identification by questions: the step, the purpose and, on failure, a reason. Never a
 * value the person typed or the registry holds, and never whether the registry knows the person.
 */
public final class KnowledgeEvents {

    private KnowledgeEvents() {
    }

    public static void success(AuthenticationFlowContext context, String purpose, String step) {
        builder(context, purpose, step).success();
    }

    public static void failure(AuthenticationFlowContext context, String purpose, String step, String reason) {
        builder(context, purpose, step).detail("reason", reason).error(reason);
    }

    private static EventBuilder builder(AuthenticationFlowContext context, String purpose, String step) {
        return context.getEvent().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail("custom_required_action", "bawaba-kbq")
                .detail("bawaba_kbq_purpose", purpose)
                .detail("bawaba_kbq_step", step);
    }
}
