package org.bawaba.password.temporary;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the current password is a temporary one, and since when.
 *
 * <p>The issue time is the password credential's own {@code createdDate} (set by Keycloak from its
 * {@code Time} source). The user attribute {@value #ISSUED_AT_ATTRIBUTE} holds that same value when the
 * password was issued as temporary: it marks that one credential version. Any later password change gives
 * the credential a new {@code createdDate}, so a stale mark no longer matches and is ignored.
 */
public final class TemporaryPasswordMark {

    public static final String ISSUED_AT_ATTRIBUTE = "bawaba.temporaryPassword.issuedAt";

    private TemporaryPasswordMark() {
    }

    /** The issue time when the mark matches the current password credential. */
    public static Optional<Instant> issuedAt(String markValue, Long credentialCreatedDate) {
        if (markValue == null || credentialCreatedDate == null) {
            return Optional.empty();
        }
        try {
            long marked = Long.parseLong(markValue.trim());
            return marked == credentialCreatedDate ? Optional.of(Instant.ofEpochMilli(marked)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Older than the maximum age: at exactly the maximum age it still signs in. */
    public static boolean isExpired(Instant issuedAt, Instant now, Duration maxAge) {
        return Duration.between(issuedAt, now).compareTo(maxAge) > 0;
    }
}
