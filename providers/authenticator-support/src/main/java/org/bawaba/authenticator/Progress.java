package org.bawaba.authenticator;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;

/** The progress bar of a multi-step account creation (template bawaba-progress.ftl reads {@code bawabaProgress}). */
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
}
