package org.bawaba.eid.signin.transaction;

import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.bawaba.eid.signin.reading.ReadingPurpose;
import org.bawaba.eid.signin.verification.DocumentKind;

import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * One chip sign-in transaction of a login, kept in the authentication session's notes (the browser's login is the
 * only place it lives; the phone reaches it through {@link TransactionIndex}). A login opens a new transaction
 * for each "try again"; opening one replaces the previous, whose secret then no longer matches.
 */
public final class ChipTransaction {

    private static final String PREFIX = "bawaba.eid.";
    private static final String SECRET_DIGEST = PREFIX + "secret";
    private static final String EXPIRES_AT = PREFIX + "expiresAt";
    private static final String CONFIRMATION_CODE = PREFIX + "code";
    private static final String STATE = PREFIX + "state";
    private static final String REFUSAL = PREFIX + "refusal";
    private static final String PRESENTATIONS = PREFIX + "presentations";
    private static final String MAX_PRESENTATIONS = PREFIX + "maxPresentations";
    private static final String OPENED = PREFIX + "opened";
    private static final String CHALLENGE = PREFIX + "challenge";
    private static final String ACCEPT_WITHOUT_AA = PREFIX + "acceptWithoutActiveAuthentication";
    private static final String ACCEPT_WITHOUT_FACE = PREFIX + "acceptWithoutFaceMatch";
    private static final String IDENTITY = PREFIX + "identity";
    private static final String CHIP_AUTHENTICATED = PREFIX + "chipAuthenticated";
    private static final String FACE_MATCHED = PREFIX + "faceMatched";
    private static final String LOCALE = PREFIX + "locale";
    private static final String SERVICE = PREFIX + "service";
    private static final String PURPOSE = PREFIX + "purpose";
    private static final String SELFIE = PREFIX + "selfie";
    private static final String PIN = PREFIX + "pin";
    private static final String DOCUMENTS = PREFIX + "documents";
    private static final String ISSUING_STATE = PREFIX + "issuingState";
    private static final String PORTRAIT = PREFIX + "portrait";
    private static final String DOCUMENT_KIND = PREFIX + "documentKind";

    /**
     * What a login allows its transactions, decided when it opens one.
     *
     * @param selfie       the phone takes a selfie (not in "CNIE + PIN" mode, where no face is compared)
     * @param pin          the phone unlocks the card with its PIN (the server only sees Active Authentication)
     * @param documents    the kinds of document accepted
     * @param issuingState the state that must have issued the document (ICAO code), or null for any trusted one
     */
    public record Terms(long lifetimeSeconds, int maxPresentations, boolean acceptWithoutActiveAuthentication,
                        boolean acceptWithoutFaceMatch, ReadingPurpose purpose, boolean selfie, boolean pin,
                        Set<DocumentKind> documents, String issuingState) {

        public Terms {
            documents = documents == null || documents.isEmpty() ? EnumSet.allOf(DocumentKind.class)
                    : EnumSet.copyOf(documents);
        }

        /** A sign-in: any document, a selfie. */
        public static Terms signIn(long lifetimeSeconds, int maxPresentations,
                boolean acceptWithoutActiveAuthentication, boolean acceptWithoutFaceMatch) {
            return new Terms(lifetimeSeconds, maxPresentations, acceptWithoutActiveAuthentication,
                    acceptWithoutFaceMatch, ReadingPurpose.SIGN_IN, true, false, null, null);
        }
    }

    /** A transaction just opened: the secret exists only here and in the link shown to the person. */
    public record Opened(String secret, String confirmationCode, long expiresAt) {
    }

    private final AuthenticationSessionModel authSession;

    private ChipTransaction(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    public static ChipTransaction of(AuthenticationSessionModel authSession) {
        return new ChipTransaction(authSession);
    }

    public boolean exists() {
        return authSession.getAuthNote(SECRET_DIGEST) != null;
    }

    /**
     * @param locale  the language of the sign-in page, which the app speaks too
     * @param service the name of the service the person signs in to, in that language
     */
    public Opened open(Terms terms, long now, String locale, String service) {
        clear();
        String secret = TransactionSecret.generate();
        String code = TransactionSecret.confirmationCode();
        long expiresAt = now + terms.lifetimeSeconds();
        authSession.setAuthNote(SECRET_DIGEST, TransactionSecret.digest(secret));
        authSession.setAuthNote(EXPIRES_AT, Long.toString(expiresAt));
        authSession.setAuthNote(CONFIRMATION_CODE, code);
        authSession.setAuthNote(STATE, TransactionState.WAITING.name());
        authSession.setAuthNote(PRESENTATIONS, "0");
        authSession.setAuthNote(MAX_PRESENTATIONS, Integer.toString(terms.maxPresentations()));
        authSession.setAuthNote(ACCEPT_WITHOUT_AA, Boolean.toString(terms.acceptWithoutActiveAuthentication()));
        authSession.setAuthNote(ACCEPT_WITHOUT_FACE, Boolean.toString(terms.acceptWithoutFaceMatch()));
        authSession.setAuthNote(OPENED, Integer.toString(opened() + 1));
        authSession.setAuthNote(LOCALE, locale);
        authSession.setAuthNote(SERVICE, service);
        authSession.setAuthNote(PURPOSE, terms.purpose().name());
        authSession.setAuthNote(SELFIE, Boolean.toString(terms.selfie()));
        authSession.setAuthNote(PIN, Boolean.toString(terms.pin()));
        authSession.setAuthNote(DOCUMENTS, DocumentKind.join(terms.documents()));
        if (terms.issuingState() != null) {
            authSession.setAuthNote(ISSUING_STATE, terms.issuingState());
        }
        return new Opened(secret, code, expiresAt);
    }

    /** Forgets the transaction (the count of transactions this login opened stays). */
    public void clear() {
        for (String note : new String[] {SECRET_DIGEST, EXPIRES_AT, CONFIRMATION_CODE, STATE, REFUSAL, PRESENTATIONS,
                MAX_PRESENTATIONS, CHALLENGE, ACCEPT_WITHOUT_AA, ACCEPT_WITHOUT_FACE, IDENTITY, CHIP_AUTHENTICATED,
                FACE_MATCHED, LOCALE, SERVICE, PURPOSE, SELFIE, PIN, DOCUMENTS, ISSUING_STATE, PORTRAIT,
                DOCUMENT_KIND}) {
            authSession.removeAuthNote(note);
        }
    }

    public boolean belongsTo(String secretDigest) {
        return TransactionSecret.sameDigest(authSession.getAuthNote(SECRET_DIGEST), secretDigest);
    }

    public TransactionState state(long now) {
        String state = authSession.getAuthNote(STATE);
        if (state == null) {
            return TransactionState.EXPIRED;
        }
        TransactionState current = TransactionState.valueOf(state);
        if (current != TransactionState.VERIFIED && now >= expiresAt()) {
            return TransactionState.EXPIRED;
        }
        return current;
    }

    public long expiresAt() {
        String value = authSession.getAuthNote(EXPIRES_AT);
        return value == null ? 0 : Long.parseLong(value);
    }

    public String confirmationCode() {
        return authSession.getAuthNote(CONFIRMATION_CODE);
    }

    public String locale() {
        return authSession.getAuthNote(LOCALE);
    }

    public String service() {
        return authSession.getAuthNote(SERVICE);
    }

    public ReadingPurpose purpose() {
        String value = authSession.getAuthNote(PURPOSE);
        return value == null ? ReadingPurpose.SIGN_IN : ReadingPurpose.valueOf(value);
    }

    public boolean asksForSelfie() {
        String value = authSession.getAuthNote(SELFIE);
        return value == null || Boolean.parseBoolean(value);
    }

    public boolean asksForPin() {
        return Boolean.parseBoolean(authSession.getAuthNote(PIN));
    }

    public Set<DocumentKind> documents() {
        return DocumentKind.parse(authSession.getAuthNote(DOCUMENTS));
    }

    public Optional<String> issuingState() {
        return Optional.ofNullable(authSession.getAuthNote(ISSUING_STATE));
    }

    public int opened() {
        return intNote(OPENED);
    }

    public int presentations() {
        return intNote(PRESENTATIONS);
    }

    public int attemptsLeft() {
        return Math.max(0, intNote(MAX_PRESENTATIONS) - presentations());
    }

    public boolean acceptsWithoutActiveAuthentication() {
        return Boolean.parseBoolean(authSession.getAuthNote(ACCEPT_WITHOUT_AA));
    }

    public boolean acceptsWithoutFaceMatch() {
        return Boolean.parseBoolean(authSession.getAuthNote(ACCEPT_WITHOUT_FACE));
    }

    /** Issues the challenge the chip must sign next; it replaces any earlier one. */
    public void challengeIssued(byte[] challenge) {
        authSession.setAuthNote(CHALLENGE, Base64.getEncoder().encodeToString(challenge));
        authSession.setAuthNote(STATE, TransactionState.READING.name());
    }

    public Optional<byte[]> challenge() {
        String value = authSession.getAuthNote(CHALLENGE);
        return value == null ? Optional.empty() : Optional.of(Base64.getDecoder().decode(value));
    }

    /** A presentation arrived: it uses up one attempt and the challenge it answered. */
    public void presentationReceived() {
        authSession.setAuthNote(PRESENTATIONS, Integer.toString(presentations() + 1));
        authSession.removeAuthNote(CHALLENGE);
    }

    public void refused(String refusal) {
        authSession.setAuthNote(STATE, TransactionState.REFUSED.name());
        authSession.setAuthNote(REFUSAL, refusal);
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(authSession.getAuthNote(REFUSAL));
    }

    /**
     * An enrolment shows the person the chip's portrait before they release their data: it stays in the login,
     * never in an account, and goes with {@link #clear()}.
     */
    public void portraitRead(String mediaType, byte[] portrait) {
        authSession.setAuthNote(PORTRAIT, mediaType + ";" + Base64.getEncoder().encodeToString(portrait));
    }

    /** The chip's portrait as {media type, base64}, when an enrolment kept it. */
    public Optional<String[]> portrait() {
        String value = authSession.getAuthNote(PORTRAIT);
        return value == null ? Optional.empty() : Optional.of(value.split(";", 2));
    }

    public Optional<DocumentKind> documentKind() {
        String value = authSession.getAuthNote(DOCUMENT_KIND);
        return value == null ? Optional.empty() : Optional.of(DocumentKind.valueOf(value));
    }

    /** @param identityJson the verified holder ({@code ChipIdentity} as JSON) */
    public void verified(String identityJson, DocumentKind kind, boolean chipAuthenticated, boolean faceMatched) {
        authSession.setAuthNote(DOCUMENT_KIND, kind.name());
        authSession.setAuthNote(STATE, TransactionState.VERIFIED.name());
        authSession.removeAuthNote(REFUSAL);
        authSession.setAuthNote(IDENTITY, identityJson);
        authSession.setAuthNote(CHIP_AUTHENTICATED, Boolean.toString(chipAuthenticated));
        authSession.setAuthNote(FACE_MATCHED, Boolean.toString(faceMatched));
    }

    public Optional<String> identityJson() {
        return Optional.ofNullable(authSession.getAuthNote(IDENTITY));
    }

    public boolean chipAuthenticated() {
        return Boolean.parseBoolean(authSession.getAuthNote(CHIP_AUTHENTICATED));
    }

    public boolean faceMatched() {
        return Boolean.parseBoolean(authSession.getAuthNote(FACE_MATCHED));
    }

    private int intNote(String note) {
        String value = authSession.getAuthNote(note);
        return value == null ? 0 : Integer.parseInt(value);
    }
}
