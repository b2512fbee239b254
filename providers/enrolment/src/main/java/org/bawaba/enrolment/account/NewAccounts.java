package org.bawaba.enrolment.account;

import java.time.Instant;
import java.util.Locale;

import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.enrolment.terms.AcceptedTerms;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** What every account a chip or a passport creates holds: the document's identity, the terms, how it was made. */
public final class NewAccounts {

    /** How the account was created: "{@code chip <mode> <instant>}" or "{@code passport <instant>}". */
    public static final String ENROLMENT_ATTRIBUTE = "bawaba_enrolment";

    private NewAccounts() {
    }

    /** @param how "chip card-and-face", "passport", ... (the time is added) */
    public static void fill(UserModel user, ChipIdentity identity, String verifiedEmail, String how,
            AuthenticationSessionModel authSession, KeycloakSession session) {
        user.setEnabled(true);
        user.setFirstName(identity.attributes().get(ChipIdentity.FIRST_NAME));
        user.setLastName(identity.attributes().get(ChipIdentity.LAST_NAME));
        user.setEmail(verifiedEmail);
        user.setEmailVerified(true);
        for (String attribute : ChipIdentity.PIVOT_ATTRIBUTES) {
            String value = identity.attributes().get(attribute);
            if (value != null) {
                user.setSingleAttribute(attribute, value);
            }
        }
        AcceptedTerms.record(authSession, user);
        user.setSingleAttribute(ENROLMENT_ATTRIBUTE, how + " " + Instant.ofEpochSecond(Time.currentTime()));
        Locale locale = session.getContext().resolveLocale(null);
        if (locale != null) {
            user.setSingleAttribute(UserModel.LOCALE, locale.toLanguageTag());
        }
    }
}
