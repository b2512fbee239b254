package org.bawaba.knowledge.questions;

import org.bawaba.authenticator.SlidingQuota;
import org.keycloak.models.KeycloakSession;

/**
 * Failed answers, counted per national ID number and per client address across the cluster (Keycloak's single-use
 * object store, never memory of one node). An unknown person and a wrong answer count the same.
 */
final class FailureLimit {

    private static final String NAMESPACE_PERSON = "bawaba-kbq-person";
    private static final String NAMESPACE_ADDRESS = "bawaba-kbq-address";

    private final SlidingQuota perPerson;
    private final SlidingQuota perAddress;
    private final String personKey;
    private final String addressKey;

    FailureLimit(KeycloakSession session, KnowledgeSettings settings, String nationalId) {
        this.perPerson = new SlidingQuota(session.singleUseObjects(), NAMESPACE_PERSON,
                settings.maxFailuresPerPerson(), settings.windowSeconds());
        this.perAddress = new SlidingQuota(session.singleUseObjects(), NAMESPACE_ADDRESS,
                settings.maxFailuresPerAddress(), settings.windowSeconds());
        this.personKey = "nid:" + nationalId;
        this.addressKey = "address:" + session.getContext().getConnection().getRemoteAddr();
    }

    boolean lockedOut() {
        return perPerson.isFull(personKey) || perAddress.isFull(addressKey);
    }

    /** Counts a failure on both keys; true when that failure used up what was left. */
    boolean recordFailure() {
        boolean personFull = perPerson.tryAcquire(personKey) == null;
        boolean addressFull = perAddress.tryAcquire(addressKey) == null;
        return personFull || addressFull || lockedOut();
    }
}
