package org.bawaba.device.cases;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A sign-in a person reported as not theirs ("this was not me"), on the operators' list until one closes it (table
 * {@code BAWABA_SECURITY_CASE}, created by {@code META-INF/bawaba-security-cases-changelog.xml}). It names the account
 * by id and the browser by its fingerprint only; times are milliseconds since the epoch.
 */
@Entity
@Table(name = "BAWABA_SECURITY_CASE")
@Access(AccessType.FIELD)
@NamedQueries({
        @NamedQuery(name = SecurityCaseEntity.BY_REALM_AND_STATUS,
                query = "select c from SecurityCaseEntity c where c.realmId = :realmId and c.status = :status"
                        + " order by c.reportedAt"),
        @NamedQuery(name = SecurityCaseEntity.DELETE_BY_USER,
                query = "delete from SecurityCaseEntity c where c.realmId = :realmId and c.userId = :userId"),
        @NamedQuery(name = SecurityCaseEntity.DELETE_BY_REALM,
                query = "delete from SecurityCaseEntity c where c.realmId = :realmId")
})
public class SecurityCaseEntity {

    static final String BY_REALM_AND_STATUS = "SecurityCase.byRealmAndStatus";
    static final String DELETE_BY_USER = "SecurityCase.deleteByUser";
    static final String DELETE_BY_REALM = "SecurityCase.deleteByRealm";

    public enum Status { OPEN, CLOSED }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "REPORTED_AT", nullable = false)
    private long reportedAt;

    @Column(name = "SIGN_IN_AT")
    private Long signInAt;

    @Column(name = "CLIENT_ID")
    private String clientId;

    @Column(name = "IDENTITY_PROVIDER")
    private String identityProvider;

    @Column(name = "DEVICE_FINGERPRINT", length = 64)
    private String deviceFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private Status status;

    @Column(name = "CLOSED_BY", length = 36)
    private String closedBy;

    @Column(name = "CLOSED_AT")
    private Long closedAt;

    public SecurityCaseEntity() {
    }

    SecurityCaseEntity(String id, String realmId, String userId, long reportedAt, Long signInAt, String clientId,
                       String identityProvider, String deviceFingerprint) {
        this.id = id;
        this.realmId = realmId;
        this.userId = userId;
        this.reportedAt = reportedAt;
        this.signInAt = signInAt;
        this.clientId = clientId;
        this.identityProvider = identityProvider;
        this.deviceFingerprint = deviceFingerprint;
        this.status = Status.OPEN;
    }

    void close(String by, long at) {
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getUserId() {
        return userId;
    }

    public long getReportedAt() {
        return reportedAt;
    }

    public Long getSignInAt() {
        return signInAt;
    }

    public String getClientId() {
        return clientId;
    }

    public String getIdentityProvider() {
        return identityProvider;
    }

    public String getDeviceFingerprint() {
        return deviceFingerprint;
    }

    public Status getStatus() {
        return status;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Long getClosedAt() {
        return closedAt;
    }

    @Override
    public String toString() {
        return "SecurityCaseEntity[" + id + "]";
    }
}
