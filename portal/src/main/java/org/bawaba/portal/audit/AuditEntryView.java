package org.bawaba.portal.audit;

import java.time.Instant;

/** One line of an application's audit trail, as the API shows it. */
public record AuditEntryView(Instant at, String actorSubject, String actorRole, String action, String detail) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.at, entry.actorSubject, entry.actorRole, entry.action, entry.detail);
    }
}
