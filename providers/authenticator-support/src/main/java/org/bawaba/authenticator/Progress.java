package org.bawaba.authenticator;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * The progress bar of a multi-step account creation (template bawaba-progress.ftl reads {@code bawabaProgress}, and
 * {@code bawabaStep} and {@code bawabaSteps} for "step N of M").
 */
public final class Progress {

    private Progress() {
    }

    /** The step's form, with the bar at {@code percent} when it is 0 to 100 (a negative value: no bar). */
    public static LoginFormsProvider form(AuthenticationFlowContext context, int percent) {
        LoginFormsProvider form = context.form();
        if (percent >= 0 && percent <= 100) {
            form.setAttribute("bawabaProgress", percent);
        }
        return form;
    }

    /**
     * The step's form, saying "step {@code step} of {@code steps}" (a step setting "N/M"; empty or malformed: no bar).
     */
    public static LoginFormsProvider step(LoginFormsProvider form, String stepOfSteps) {
        int[] parsed = parse(stepOfSteps);
        if (parsed != null) {
            form.setAttribute("bawabaStep", parsed[0]);
            form.setAttribute("bawabaSteps", parsed[1]);
            form.setAttribute("bawabaProgress", Math.round(100f * parsed[0] / parsed[1]));
        }
        return form;
    }

    /** "N/M" with 1 &lt;= N &lt;= M &lt;= 20, as {N, M}; null otherwise. */
    public static int[] parse(String stepOfSteps) {
        if (stepOfSteps == null || !stepOfSteps.trim().matches("\\d{1,2}/\\d{1,2}")) {
            return null;
        }
        String[] parts = stepOfSteps.trim().split("/");
        int step = Integer.parseInt(parts[0]);
        int steps = Integer.parseInt(parts[1]);
        return step >= 1 && step <= steps && steps <= 20 ? new int[] {step, steps} : null;
    }

    /** The step after {@code stepOfSteps} ("3/6" gives "4/6"), or it unchanged at the last one or when malformed. */
    public static String next(String stepOfSteps, int by) {
        int[] parsed = parse(stepOfSteps);
        return parsed == null ? stepOfSteps : Math.min(parsed[0] + by, parsed[1]) + "/" + parsed[1];
    }
}
