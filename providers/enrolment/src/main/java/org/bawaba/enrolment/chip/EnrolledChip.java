package org.bawaba.enrolment.chip;

import java.util.Base64;
import java.util.Optional;

import org.bawaba.eid.signin.account.ChipIdentity;
import org.bawaba.face.image.PortraitImageException;
import org.bawaba.face.image.PortraitImages;
import org.bawaba.spi.face.Portrait;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The identity a chip proved in this account creation, kept in the login's notes until the account exists: read,
 * then released by the person. The portrait is shown back to the person; only the passport way keeps it, as the
 * reference for proofs of life, outside the account's attributes.
 */
public final class EnrolledChip {

    private static final String PREFIX = "bawaba.enrol.chip.";
    private static final String IDENTITY = PREFIX + "identity";
    private static final String PORTRAIT = PREFIX + "portrait";
    private static final String MODE = PREFIX + "mode";
    private static final String RELEASED = PREFIX + "released";
    private static final String CHIP_AUTHENTICATED = PREFIX + "chipAuthenticated";
    private static final String FACE_MATCHED = PREFIX + "faceMatched";

    private final AuthenticationSessionModel authSession;

    private EnrolledChip(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    public static EnrolledChip of(AuthenticationSessionModel authSession) {
        return new EnrolledChip(authSession);
    }

    void modeChosen(IdentificationMode mode) {
        authSession.setAuthNote(MODE, mode.name());
        forgetIdentity();
    }

    public Optional<IdentificationMode> mode() {
        String value = authSession.getAuthNote(MODE);
        return value == null ? Optional.empty() : Optional.of(IdentificationMode.valueOf(value));
    }

    /** @param portrait {media type, base64}, or null */
    void read(ChipIdentity identity, String[] portrait, boolean chipAuthenticated, boolean faceMatched) {
        authSession.setAuthNote(IDENTITY, identity.toJson());
        if (portrait != null) {
            authSession.setAuthNote(PORTRAIT, portrait[0] + ";" + portrait[1]);
        } else {
            authSession.removeAuthNote(PORTRAIT);
        }
        authSession.setAuthNote(CHIP_AUTHENTICATED, Boolean.toString(chipAuthenticated));
        authSession.setAuthNote(FACE_MATCHED, Boolean.toString(faceMatched));
        authSession.removeAuthNote(RELEASED);
    }

    void released() {
        authSession.setAuthNote(RELEASED, "true");
    }

    public Optional<ChipIdentity> identity() {
        String json = authSession.getAuthNote(IDENTITY);
        return json == null ? Optional.empty() : Optional.of(ChipIdentity.fromJson(json));
    }

    /** Read and released by the person: what the account may be made of. */
    public Optional<ChipIdentity> releasedIdentity() {
        return "true".equals(authSession.getAuthNote(RELEASED)) ? identity() : Optional.empty();
    }

    public boolean chipAuthenticated() {
        return Boolean.parseBoolean(authSession.getAuthNote(CHIP_AUTHENTICATED));
    }

    public boolean faceMatched() {
        return Boolean.parseBoolean(authSession.getAuthNote(FACE_MATCHED));
    }

    /** The chip's portrait as JPEG or PNG (JPEG 2000 re-encoded as JPEG), when it could be read. */
    public Optional<Portrait> portrait() {
        String value = authSession.getAuthNote(PORTRAIT);
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(";", 2);
        try {
            return Optional.of(PortraitImages.toJpegOrPng(new Portrait(parts[0], Base64.getDecoder().decode(parts[1]))));
        } catch (PortraitImageException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The portrait as a data: URI a page can show, or null. */
    public String portraitDataUri() {
        return portrait().map(shown -> "data:" + shown.mediaType() + ";base64,"
                + Base64.getEncoder().encodeToString(shown.bytes())).orElse(null);
    }

    void forgetIdentity() {
        for (String note : new String[] {IDENTITY, PORTRAIT, RELEASED, CHIP_AUTHENTICATED, FACE_MATCHED}) {
            authSession.removeAuthNote(note);
        }
    }

    /** Forgets everything, once the account exists or the person leaves. */
    public void clear() {
        forgetIdentity();
        authSession.removeAuthNote(MODE);
    }
}
