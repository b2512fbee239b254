package org.bawaba.proofoflife.agents;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A proof of life that did not pass, for the fund's agents to follow up (table {@code BAWABA_PROOF_OF_LIFE_FAILURE}):
 * the account by id, when, how many selfies were tried, and why (a face that did not match, none found).
 */
@Entity
@Table(name = "BAWABA_PROOF_OF_LIFE_FAILURE")
@Access(AccessType.FIELD)
@NamedQueries({
        @NamedQuery(name = ProofOfLifeFailureEntity.BY_REALM,
                query = "select f from ProofOfLifeFailureEntity f where f.realmId = :realmId order by f.failedAt desc"),
        @NamedQuery(name = ProofOfLifeFailureEntity.DELETE_BY_USER,
                query = "delete from ProofOfLifeFailureEntity f where f.realmId = :realmId and f.userId = :userId"),
        @NamedQuery(name = ProofOfLifeFailureEntity.DELETE_BY_REALM,
                query = "delete from ProofOfLifeFailureEntity f where f.realmId = :realmId")
})
public class ProofOfLifeFailureEntity {

    static final String BY_REALM = "ProofOfLifeFailure.byRealm";
    static final String DELETE_BY_USER = "ProofOfLifeFailure.deleteByUser";
    static final String DELETE_BY_REALM = "ProofOfLifeFailure.deleteByRealm";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "FAILED_AT", nullable = false)
    private long failedAt;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "REASON", length = 32, nullable = false)
    private String reason;

    protected ProofOfLifeFailureEntity() {
    }

    ProofOfLifeFailureEntity(String id, String realmId, String userId, long failedAt, int attempts, String reason) {
        this.id = id;
        this.realmId = realmId;
        this.userId = userId;
        this.failedAt = failedAt;
        this.attempts = attempts;
        this.reason = reason;
    }

    String getId() {
        return id;
    }

    String getUserId() {
        return userId;
    }

    long getFailedAt() {
        return failedAt;
    }

    int getAttempts() {
        return attempts;
    }

    String getReason() {
        return reason;
    }
}
