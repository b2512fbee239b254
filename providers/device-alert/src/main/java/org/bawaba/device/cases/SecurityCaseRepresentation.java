package org.bawaba.device.cases;

import java.time.Instant;

/** A case as the admin endpoint shows it; times in ISO 8601 (UTC). */
public record SecurityCaseRepresentation(String id, String userId, String reportedAt, String signInAt, String clientId,
                                         String identityProvider, String deviceFingerprint, String status,
                                         String closedBy, String closedAt) {

    static SecurityCaseRepresentation of(SecurityCaseEntity reported) {
        return new SecurityCaseRepresentation(reported.getId(), reported.getUserId(), iso(reported.getReportedAt()),
                iso(reported.getSignInAt()), reported.getClientId(), reported.getIdentityProvider(),
                reported.getDeviceFingerprint(), reported.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                reported.getClosedBy(), iso(reported.getClosedAt()));
    }

    private static String iso(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
