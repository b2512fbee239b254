package org.bawaba.proofoflife.check;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/** When an account last proved its holder alive: user attribute {@value #ATTRIBUTE}, an ISO-8601 instant. */
public final class ProofOfLife {

    public static final String ATTRIBUTE = "bawaba_proof_of_life";

    private ProofOfLife() {
    }

    /** A proof now (a proof of life passed, or an account created with a selfie matched to its document). */
    public static void provedNow(UserModel user) {
        user.setSingleAttribute(ATTRIBUTE, Instant.ofEpochMilli(Time.currentTimeMillis()).toString());
    }

    public static Optional<Instant> last(UserModel user) {
        String value = user.getFirstAttribute(ATTRIBUTE);
        try {
            return value == null ? Optional.empty() : Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether this account owes a proof now. An account that never proved (every way but the passport's, which keeps
     * a reference portrait and counts its matched selfie as the first proof) owes none: most sign-ins stop here,
     * without reading the portrait table.
     */
    static boolean due(UserModel user, int intervalDays) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        return last(user).map(last -> !last.plusSeconds(intervalDays * 86_400L).isAfter(now)).orElse(false);
    }
}
