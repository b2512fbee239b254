package org.bawaba.eid.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.eid.signin.account.ChipHolderAccounts;
import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.eid.signin.reading.ChipReading;
import org.bawaba.eid.signin.transaction.ChipTransaction;
import org.bawaba.eid.signin.transaction.TransactionState;
import org.bawaba.eid.signin.verification.Refusal;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * Sign-in with the chip of an identity document, read by the person's phone. The page opens a transaction and shows
 * its link as a QR code and as an "open the app" link; the app talks to the holder API
 * ({@link org.bawaba.eid.signin.holder.HolderApiResource}), which verifies the chip and the face and records the
 * outcome in this login's authentication session; the page follows it and submits when the phone is done. This step
 * then finds or creates the holder's account and credits the level the check earned.
 */
public class ChipSignInAuthenticator implements Authenticator {

    /** User-session note the {@code amr} mapper of the realm's client reads (RFC 8176 values, as JSON). */
    public static final String AMR_NOTE = "bawaba.amr";

    private final KeycloakSession session;

    public ChipSignInAuthenticator(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(openTransaction(context));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey("cancel")) {
            ChipTransaction.of(context.getAuthenticationSession()).clear();
            context.cancelLogin();
            return;
        }
        if (form.containsKey("retry")) {
            context.challenge(openTransaction(context));
            return;
        }
        ChipReading reading = reading(context);
        ChipTransaction transaction = reading.transaction();
        TransactionState state = transaction.state(Time.currentTime());
        switch (state) {
            case VERIFIED -> finish(context, transaction);
            case REFUSED -> context.challenge(reading.refused(Refusal.DOCUMENT_ALTERED));
            case EXPIRED -> context.challenge(reading.page("refused")
                    .setAttribute("bawabaEidRefusal", Refusal.TIMED_OUT.apiName()).createForm(ChipReading.TEMPLATE));
            default -> context.challenge(reading.page("pending").createForm(ChipReading.TEMPLATE));
        }
    }

    private Response openTransaction(AuthenticationFlowContext context) {
        ChipSignInConfig config = ChipSignInConfig.from(context.getAuthenticatorConfig());
        Levels levels = Levels.of(context);
        return reading(context).open(ChipTransaction.Terms.signIn(config.transactionSeconds(),
                config.maxPresentations(), levels.accepts(config.levelWithoutActiveAuthentication()),
                levels.accepts(config.levelWithoutFaceMatch())));
    }

    private static ChipReading reading(AuthenticationFlowContext context) {
        ChipSignInConfig config = ChipSignInConfig.from(context.getAuthenticatorConfig());
        return new ChipReading(context, new ChipReading.Limits(config.transactionSeconds(), config.maxPresentations(),
                config.maxTransactions(), config.pollSeconds()), context::form);
    }

    private void finish(AuthenticationFlowContext context, ChipTransaction transaction) {
        ChipSignInConfig config = ChipSignInConfig.from(context.getAuthenticatorConfig());
        ChipIdentity identity = ChipIdentity.fromJson(transaction.identityJson().orElseThrow());
        boolean chipAuthenticated = transaction.chipAuthenticated();
        boolean faceMatched = transaction.faceMatched();
        transaction.clear();

        RealmModel realm = context.getRealm();
        UserModel user = ChipHolderAccounts.findOrCreate(session, realm, identity);
        if (!user.isEnabled()) {
            context.getEvent().user(user);
            context.failure(AuthenticationFlowError.USER_DISABLED,
                    context.form().setError("accountDisabledMessage").createErrorPage(Response.Status.FORBIDDEN));
            return;
        }
        context.setUser(user);

        Levels levels = Levels.of(context);
        int credited = levels.rank(config.fullLevel());
        if (!chipAuthenticated) {
            credited = Math.min(credited, levels.rank(config.levelWithoutActiveAuthentication()));
        }
        if (!faceMatched) {
            credited = Math.min(credited, levels.rank(config.levelWithoutFaceMatch()));
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (credited > 0) {
            AcrStore acr = new AcrStore(session, authSession);
            for (int level = 1; level <= credited; level++) {
                acr.setLevelAuthenticated(level);
            }
            String loaMap = authSession.getAuthNote(Constants.LOA_MAP);
            if (loaMap != null) {
                authSession.setUserSessionNote(Constants.LOA_MAP, loaMap);
            }
        }
        List<String> amr = new ArrayList<>(List.of("sc"));
        if (chipAuthenticated) {
            amr.add(0, "hwk");
        }
        if (faceMatched) {
            amr.add("face");
        }
        try {
            authSession.setUserSessionNote(AMR_NOTE, JsonSerialization.writeValueAsString(amr));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        context.getEvent().detail("amr", String.join(" ", amr));
        context.success();
    }

    /** The realm's named levels, and what the current request asks for. */
    private record Levels(Map<String, Integer> map, int requested) {

        static Levels of(AuthenticationFlowContext context) {
            Map<String, Integer> map = AcrUtils.getAcrLoaMap(context.getAuthenticationSession().getClient());
            String requested = context.getAuthenticationSession().getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION);
            return new Levels(map, requested == null ? Constants.NO_LOA : Integer.parseInt(requested));
        }

        /** The rank of a level name; 0 for none or an unknown name. */
        int rank(String level) {
            return level == null || level.isBlank() ? 0 : map.getOrDefault(level, 0);
        }

        /** Whether a sign-in credited {@code level} would meet this request. */
        boolean accepts(String level) {
            int rank = rank(level);
            return rank > 0 && rank >= requested;
        }
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
