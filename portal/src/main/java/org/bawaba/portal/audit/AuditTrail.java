package org.bawaba.portal.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Writes who did what to an application, in the same transaction as the change. */
@ApplicationScoped
public class AuditTrail {

    public static final int DETAIL_MAX = 2000;

    public void record(UUID applicationId, String actorSubject, String actorRole, String action, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.applicationId = applicationId;
        entry.actorSubject = actorSubject;
        entry.actorRole = actorRole;
        entry.action = action;
        entry.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        entry.at = Instant.now();
        entry.persist();
    }

    public List<AuditEntry> of(UUID applicationId) {
        return AuditEntry.of(applicationId);
    }
}
