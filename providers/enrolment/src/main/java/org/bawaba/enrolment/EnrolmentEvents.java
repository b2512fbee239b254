package org.bawaba.enrolment;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;

/**
 * One event per step of an account creation: the journey (its path), the step and the outcome, with a reason on
 * failure. Never a value the person typed or the chip holds.
 */
public final class EnrolmentEvents {

    static final String ACTION = "bawaba-enrolment";

    private EnrolmentEvents() {
    }

    public static void success(AuthenticationFlowContext context, String journey, String step) {
        builder(context, journey, step).detail("bawaba_enrolment_outcome", "done").success();
    }

    public static void failure(AuthenticationFlowContext context, String journey, String step, String reason) {
        builder(context, journey, step).detail("bawaba_enrolment_outcome", "refused").detail("reason", reason)
                .error(reason);
    }

    private static EventBuilder builder(AuthenticationFlowContext context, String journey, String step) {
        return context.getEvent().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail("custom_required_action", ACTION)
                .detail("bawaba_enrolment_journey", journey)
                .detail("bawaba_enrolment_step", step);
    }
}
