package org.bawaba.eid.signin.holder;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bawaba.authenticator.SlidingQuota;
import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.eid.signin.reading.ReadingPurpose;
import org.bawaba.eid.signin.verification.DocumentKind;
import org.bawaba.eid.signin.transaction.ChipTransaction;
import org.bawaba.eid.signin.transaction.TransactionIndex;
import org.bawaba.eid.signin.transaction.TransactionSecret;
import org.bawaba.eid.signin.transaction.TransactionState;
import org.bawaba.eid.signin.verification.ChipCheck;
import org.bawaba.eid.signin.verification.Refusal;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.trust.DocumentTrustStoreProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.theme.Theme;

/**
 * The holder API (OpenAPI document {@code holder-api.openapi.json}, served at {@code openapi.json}): what the
 * e-ID app on the person's phone calls, authenticated by the transaction secret of the QR code, and the status the
 * sign-in page polls, authenticated by the browser's own login cookie. Every refusal is an answer with a reason and
 * a {@code LOGIN_ERROR} event, never an exception; nothing personal is logged or put in an event.
 */
public class HolderApiResource {

    static final String AUTH_METHOD = "bawaba-eid-chip";
    private static final List<Integer> DATA_GROUPS_TO_READ = List.of(1, 2, 11, 14, 15);
    private static final String CHALLENGE_PREFIX = "bawaba-eid-challenge:";
    /** Refused: the request was understood, the document or the face did not pass (RFC 9110 section 15.5.21). */
    private static final int UNPROCESSABLE = 422;

    private final KeycloakSession session;
    private final HolderApiSettings settings;

    public HolderApiResource(KeycloakSession session, HolderApiSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openApi() {
        return Response.ok(settings.openApiDocument(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").build();
    }

    /** Where the QR code's link lands on a phone without the app. */
    @GET
    @Path("app")
    @Produces(MediaType.TEXT_HTML)
    public Response app() {
        return Response.ok(AppLandingPage.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    @GET
    @Path("transaction")
    @Produces(MediaType.APPLICATION_JSON)
    public Response transaction(@jakarta.ws.rs.HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Lookup lookup = openTransaction(authorization);
        if (lookup.problem() != null) {
            return lookup.problem();
        }
        ChipTransaction transaction = lookup.transaction();
        long now = Time.currentTime();
        byte[] challenge = TransactionSecret.challenge();
        transaction.challenge().ifPresent(previous -> session.singleUseObjects().remove(challengeKey(lookup, previous)));
        session.singleUseObjects().put(challengeKey(lookup, challenge), Math.max(1, transaction.expiresAt() - now),
                Map.of());
        transaction.challengeIssued(challenge);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", transaction.service());
        body.put("confirmationCode", transaction.confirmationCode());
        body.put("locale", transaction.locale());
        body.put("purpose", transaction.purpose().apiName());
        body.put("expiresAt", Instant.ofEpochSecond(transaction.expiresAt()).toString());
        body.put("challenge", Base64.getEncoder().encodeToString(challenge));
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("dataGroups", DATA_GROUPS_TO_READ);
        read.put("activeAuthentication", true);
        read.put("selfie", transaction.asksForSelfie());
        read.put("pin", transaction.asksForPin());
        read.put("documents", transaction.documents().stream().filter(kind -> kind != DocumentKind.OTHER)
                .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        body.put("read", read);
        body.put("limits", Map.of("maxRequestBytes", PresentationRequest.MAX_REQUEST_BYTES,
                "maxDataGroupBytes", PresentationRequest.MAX_DATA_GROUP_BYTES,
                "maxSelfieBytes", PresentationRequest.MAX_SELFIE_BYTES,
                "attemptsLeft", transaction.attemptsLeft()));
        return json(Response.Status.OK, body);
    }

    @POST
    @Path("transaction/presentation")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response present(@jakarta.ws.rs.HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        RealmModel realm = session.getContext().getRealm();
        String address = session.getContext().getConnection().getRemoteAddr();
        String[] slot = new SlidingQuota(session.singleUseObjects(), "bawaba-eid-address",
                settings.maxPresentationsPerAddressPerHour(), 3600).tryAcquire(address == null ? "?" : address);
        if (slot == null) {
            event(null).detail("reason", "address_rate_limited").error("eid_too_many_attempts");
            return problem(Response.Status.TOO_MANY_REQUESTS, "too_many_attempts",
                    "Too many presentations from this network address; try again later.");
        }
        Lookup lookup = openTransaction(authorization);
        if (lookup.problem() != null) {
            return lookup.problem();
        }
        ChipTransaction transaction = lookup.transaction();
        if (!json(contentType)) {
            event(lookup.client()).detail("reason", "unsupported_media_type").error("eid_malformed_request");
            return problem(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Send the presentation as application/json.");
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(PresentationRequest.MAX_REQUEST_BYTES + 1);
        } catch (IOException e) {
            return problem(Response.Status.BAD_REQUEST, "malformed_request", "The body could not be read.");
        }
        if (bytes.length > PresentationRequest.MAX_REQUEST_BYTES) {
            event(lookup.client()).detail("reason", "request_too_large").error("eid_malformed_request");
            return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large",
                    "The body is larger than " + PresentationRequest.MAX_REQUEST_BYTES + " bytes.");
        }
        PresentationRequest presentation;
        try {
            presentation = PresentationRequest.parse(bytes);
        } catch (PresentationRequest.Malformed e) {
            event(lookup.client()).detail("reason", "malformed_request").error("eid_malformed_request");
            return problem(Response.Status.BAD_REQUEST, "malformed_request", e.getMessage());
        }
        Optional<byte[]> issued = transaction.challenge();
        if (issued.isEmpty() || !java.security.MessageDigest.isEqual(issued.get(), presentation.challenge())
                || session.singleUseObjects().remove(challengeKey(lookup, issued.get())) == null) {
            event(lookup.client()).detail("reason", "challenge_used").error("eid_challenge_reused");
            return problem(Response.Status.CONFLICT, "challenge_used",
                    "This challenge was already answered or replaced: fetch the transaction for a new one.");
        }
        transaction.presentationReceived();

        ChipCheck.Result result = settings.chipCheck().check(trust(), presentation.sod(), presentation.dataGroups(),
                issued.get(), presentation.activeAuthenticationResponse(),
                transaction.asksForSelfie() ? presentation.selfie() : null,
                session.getProvider(FaceMatcher.class), transaction.acceptsWithoutActiveAuthentication(),
                transaction.acceptsWithoutFaceMatch());
        if (!result.accepted()) {
            transaction.refused(result.refusal().apiName());
            event(lookup.client()).detail("reason", result.technicalReason())
                    .detail("refusal", result.refusal().apiName()).error("eid_refused");
            return outcome(UNPROCESSABLE, "refused", result.refusal(), transaction);
        }
        DocumentKind kind = DocumentKind.of(result.identity());
        if (!transaction.documents().contains(kind) || transaction.issuingState()
                .filter(state -> !state.equals(result.identity().issuingState())).isPresent()) {
            transaction.refused(Refusal.DOCUMENT_NOT_ACCEPTED.apiName());
            event(lookup.client()).detail("reason", "document_kind_" + kind.name().toLowerCase(Locale.ROOT))
                    .detail("refusal", Refusal.DOCUMENT_NOT_ACCEPTED.apiName()).error("eid_refused");
            return outcome(UNPROCESSABLE, "refused", Refusal.DOCUMENT_NOT_ACCEPTED, transaction);
        }
        transaction.verified(ChipIdentity.of(result.identity()).toJson(), kind, result.chipAuthenticated(),
                result.faceMatched());
        if (transaction.purpose() == ReadingPurpose.ENROLMENT && result.identity().faceImage() != null) {
            transaction.portraitRead(result.identity().faceImage().mimeType(), result.identity().faceImage().bytes());
        }
        return outcome(Response.Status.OK.getStatusCode(), "verified", null, transaction);
    }

    @GET
    @Path("browser/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response browserStatus(@QueryParam("tab_id") String tabId) {
        RealmModel realm = session.getContext().getRealm();
        RootAuthenticationSessionModel root = new AuthenticationSessionManager(session)
                .getCurrentRootAuthenticationSession(realm);
        AuthenticationSessionModel authSession = root == null || tabId == null ? null
                : root.getAuthenticationSessions().get(tabId);
        if (authSession == null || !ChipTransaction.of(authSession).exists()) {
            return problem(Response.Status.NOT_FOUND, "not_found", "No chip sign-in in progress in this browser.");
        }
        ChipTransaction transaction = ChipTransaction.of(authSession);
        TransactionState state = transaction.state(Time.currentTime());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state.apiName());
        if (state == TransactionState.REFUSED) {
            transaction.refusal().ifPresent(refusal -> body.put("reason", refusal));
            body.put("attemptsLeft", transaction.attemptsLeft());
        }
        return json(Response.Status.OK, body);
    }

    /** The login a secret belongs to, or the problem to answer. */
    private record Lookup(Response problem, ChipTransaction transaction, ClientModel client, String secretDigest) {
    }

    private Lookup lookup(String authorization) {
        String secret = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        if (!TransactionSecret.wellFormed(secret)) {
            event(null).detail("reason", "transaction_unknown").error("eid_transaction_unknown");
            return new Lookup(problem(Response.Status.UNAUTHORIZED, "transaction_unknown",
                    "No transaction has this secret."), null, null, null);
        }
        String digest = TransactionSecret.digest(secret);
        RealmModel realm = session.getContext().getRealm();
        Optional<TransactionIndex.Entry> entry = new TransactionIndex(session.singleUseObjects()).find(digest);
        if (entry.isEmpty() || !realm.getId().equals(entry.get().realmId())) {
            event(null).detail("reason", "transaction_unknown").error("eid_transaction_unknown");
            return new Lookup(problem(Response.Status.UNAUTHORIZED, "transaction_unknown",
                    "No transaction has this secret."), null, null, null);
        }
        ClientModel client = realm.getClientById(entry.get().clientId());
        AuthenticationSessionModel authSession = null;
        if (!entry.get().expired(Time.currentTime()) && client != null) {
            RootAuthenticationSessionModel root = session.authenticationSessions()
                    .getRootAuthenticationSession(realm, entry.get().rootSessionId());
            authSession = root == null ? null : root.getAuthenticationSession(client, entry.get().tabId());
        }
        ChipTransaction transaction = authSession == null ? null : ChipTransaction.of(authSession);
        if (transaction == null || !transaction.belongsTo(digest)) {
            event(client).detail("reason", Refusal.TIMED_OUT.apiName()).error("eid_transaction_expired");
            return new Lookup(problem(Response.Status.GONE, "transaction_expired",
                    "This transaction has expired or was replaced by a newer QR code."), null, client, digest);
        }
        return new Lookup(null, transaction, client, digest);
    }

    /** The login's transaction, or the problem to answer when it is unknown, over, verified or out of attempts. */
    private Lookup openTransaction(String authorization) {
        Lookup lookup = lookup(authorization);
        if (lookup.problem() != null) {
            return lookup;
        }
        Response finished = refuseFinished(lookup, lookup.transaction(), Time.currentTime());
        return finished == null ? lookup : new Lookup(finished, null, lookup.client(), lookup.secretDigest());
    }

    private Response refuseFinished(Lookup lookup, ChipTransaction transaction, long now) {
        TransactionState state = transaction.state(now);
        if (state == TransactionState.EXPIRED) {
            event(lookup.client()).detail("reason", Refusal.TIMED_OUT.apiName()).error("eid_transaction_expired");
            return problem(Response.Status.GONE, "transaction_expired", "This transaction has expired.");
        }
        if (state == TransactionState.VERIFIED) {
            event(lookup.client()).detail("reason", "transaction_finished").error("eid_transaction_finished");
            return problem(Response.Status.CONFLICT, "transaction_finished", "This transaction is already verified.");
        }
        if (transaction.attemptsLeft() == 0) {
            event(lookup.client()).detail("reason", Refusal.TOO_MANY_ATTEMPTS.apiName())
                    .error("eid_too_many_attempts");
            return problem(Response.Status.TOO_MANY_REQUESTS, "too_many_attempts",
                    "No attempts are left for this transaction: start again from the sign-in page.");
        }
        return null;
    }

    private static boolean json(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(MediaType.valueOf(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private TrustAnchorSource trust() {
        DocumentTrustStoreProvider store = session.getProvider(DocumentTrustStoreProvider.class);
        return store == null ? TrustAnchorSource.of(TrustSnapshot.empty()) : store;
    }

    private static String challengeKey(Lookup lookup, byte[] challenge) {
        return CHALLENGE_PREFIX + lookup.secretDigest() + ":" + HexFormat.of().formatHex(challenge);
    }

    private EventBuilder event(ClientModel client) {
        EventBuilder event = new EventBuilder(session.getContext().getRealm(), session,
                session.getContext().getConnection()).event(EventType.LOGIN_ERROR)
                .detail("auth_method", AUTH_METHOD);
        return client == null ? event : event.client(client);
    }

    private Response outcome(int status, String verdict, Refusal refusal, ChipTransaction transaction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", verdict);
        if (refusal != null) {
            body.put("reason", refusal.apiName());
            body.put("message", message(refusal.messageKey(), transaction.locale()));
            body.put("attemptsLeft", transaction.attemptsLeft());
        }
        return json(status, body);
    }

    /** A refusal in the person's language, from the login theme (the same words the page shows). */
    private String message(String key, String languageTag) {
        try {
            Locale locale = languageTag == null ? Locale.FRENCH : Locale.forLanguageTag(languageTag);
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            Properties messages = theme.getEnhancedMessages(session.getContext().getRealm(), locale);
            String pattern = messages.getProperty(key);
            return pattern == null ? key : new MessageFormat(pattern, locale).format(new Object[0]);
        } catch (IOException | RuntimeException e) {
            return key;
        }
    }

    static Response problem(Response.Status status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return json(status, body);
    }

    private static Response json(Response.Status status, Map<String, Object> body) {
        return json(status.getStatusCode(), body);
    }

    private static Response json(int status, Map<String, Object> body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
