package org.bawaba.eid.signin.reading;

import java.net.URI;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.bawaba.eid.signin.holder.HolderApiResourceProviderFactory;
import org.bawaba.eid.signin.qr.QrCodeSvg;
import org.bawaba.eid.signin.transaction.ChipTransaction;
import org.bawaba.eid.signin.transaction.TransactionIndex;
import org.bawaba.eid.signin.transaction.TransactionSecret;
import org.bawaba.eid.signin.verification.Refusal;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.endpoints.AuthorizationEndpoint;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The page on which a person has their phone read a chip, for a sign-in or an account creation: it opens a
 * transaction in the login (QR code, "open the app" link, confirmation code) and shows it, its pending state or its
 * refusal (template {@value #TEMPLATE}). The holder API records the outcome in the same login.
 */
public final class ChipReading {

    public static final String TEMPLATE = "bawaba-eid-chip.ftl";
    /** The name of the service, sent by the front door with the authorization request. */
    public static final String SERVICE_PARAMETER = "bawaba_service";

    /**
     * @param transactionSeconds how long a QR code and its link can be used
     * @param maxPresentations   chip presentations per transaction
     * @param maxTransactions    transactions ("try again") per login
     * @param pollSeconds        how often the page asks whether the phone has finished
     */
    public record Limits(int transactionSeconds, int maxPresentations, int maxTransactions, int pollSeconds) {
    }

    private final AuthenticationFlowContext context;
    private final Limits limits;
    private final Supplier<LoginFormsProvider> forms;

    /** @param forms a fresh form of the calling step (with its own attributes, e.g. a progress bar) */
    public ChipReading(AuthenticationFlowContext context, Limits limits, Supplier<LoginFormsProvider> forms) {
        this.context = context;
        this.limits = limits;
        this.forms = forms;
    }

    public ChipTransaction transaction() {
        return ChipTransaction.of(context.getAuthenticationSession());
    }

    /**
     * Opens a transaction under these terms (replacing the login's previous one) and shows its page, or the
     * refusal when the login has opened as many as it may.
     */
    public Response open(ChipTransaction.Terms terms) {
        KeycloakSession session = context.getSession();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        ChipTransaction transaction = transaction();
        if (transaction.opened() >= limits.maxTransactions()) {
            transaction.clear();
            return page("refused").setAttribute("bawabaEidRefusal", Refusal.TOO_MANY_ATTEMPTS.apiName())
                    .setAttribute("bawabaEidCanRetry", false).createForm(TEMPLATE);
        }
        // The previous transaction's index entry stays until it expires: its secret no longer matches this login's
        // transaction, so a phone still holding it is told it was replaced, not that it never existed.
        long now = Time.currentTime();
        String locale = session.getContext().resolveLocale(context.getUser()).toLanguageTag();
        ChipTransaction.Opened opened = transaction.open(terms, now, locale, serviceName(context));
        new TransactionIndex(session.singleUseObjects()).put(TransactionSecret.digest(opened.secret()),
                new TransactionIndex.Entry(context.getRealm().getId(), authSession.getParentSession().getId(),
                        authSession.getTabId(), authSession.getClient().getId(), opened.expiresAt()),
                terms.lifetimeSeconds());

        String link = appLink(session, context.getRealm(), opened.secret());
        return page("scan")
                .setAttribute("bawabaEidLink", link)
                .setAttribute("bawabaEidQrCode", QrCodeSvg.of(link, "bawaba-eid-qr-label"))
                .setAttribute("bawabaEidCode", opened.confirmationCode())
                .setAttribute("bawabaEidExpiresIn", opened.expiresAt() - now)
                .setAttribute("bawabaEidPollSeconds", limits.pollSeconds())
                .setAttribute("bawabaEidSelfie", terms.selfie())
                .setAttribute("bawabaEidStatusUrl", apiBase(session, context.getRealm()).path("browser").path("status")
                        .queryParam("tab_id", authSession.getTabId()).build().toString())
                .createForm(TEMPLATE);
    }

    /** The page in mode scan, pending or refused, with whether "try again" is still possible. */
    public LoginFormsProvider page(String mode) {
        ChipTransaction transaction = transaction();
        return forms.get()
                .setAttribute("bawabaEidMode", mode)
                .setAttribute("bawabaEidPurpose", transaction.purpose().apiName())
                .setAttribute("bawabaEidCanRetry", transaction.opened() < limits.maxTransactions());
    }

    /** The refusal page for the transaction's recorded reason (or {@code fallback}). */
    public Response refused(Refusal fallback) {
        return page("refused")
                .setAttribute("bawabaEidRefusal", transaction().refusal().orElse(fallback.apiName()))
                .createForm(TEMPLATE);
    }

    /** The service's name as the front door sent it, else the realm's display name. */
    public static String serviceName(AuthenticationFlowContext context) {
        String fromFrontDoor = context.getAuthenticationSession().getClientNote(
                AuthorizationEndpoint.LOGIN_SESSION_NOTE_ADDITIONAL_REQ_PARAMS_PREFIX + SERVICE_PARAMETER);
        if (fromFrontDoor != null && !fromFrontDoor.isBlank()) {
            return fromFrontDoor.length() > 120 ? fromFrontDoor.substring(0, 120) : fromFrontDoor;
        }
        RealmModel realm = context.getRealm();
        return realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
    }

    private static UriBuilder apiBase(KeycloakSession session, RealmModel realm) {
        URI base = session.getContext().getUri().getBaseUri();
        return Urls.realmBase(base).path(realm.getName()).path(HolderApiResourceProviderFactory.ID);
    }

    /** The link the phone opens: the secret rides in the fragment, which browsers and servers never send or log. */
    private static String appLink(KeycloakSession session, RealmModel realm, String secret) {
        return apiBase(session, realm).path("app").build() + "#t=" + secret;
    }
}
