package org.bawaba.eid.verifier;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bawaba.eid.verifier.identity.ExtractedIdentity;

/**
 * The result of a verification: a reason (VERIFIED* when accepted), the assurance of an accepted document, the
 * identity (only when accepted) and every finding, in the order the checks ran.
 */
public record Verdict(VerdictReason reason, Assurance assurance, ExtractedIdentity identityOrNull,
        List<Finding> findings, Instant validationTime) {

    public Verdict {
        findings = List.copyOf(findings);
    }

    public boolean accepted() {
        return reason.accepted();
    }

    public Optional<ExtractedIdentity> identity() {
        return Optional.ofNullable(identityOrNull);
    }

    public Optional<Assurance> assuranceLevel() {
        return Optional.ofNullable(assurance);
    }

    /** All failure reasons found, not only the one the verdict reports. */
    public Set<VerdictReason> failureReasons() {
        return findings.stream().filter(f -> !f.passed()).map(Finding::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VerdictReason.class)));
    }

    public List<Finding> findings(Check check) {
        return findings.stream().filter(f -> f.check() == check).toList();
    }

    public Optional<Finding> dataGroupHash(int dataGroup) {
        return findings.stream().filter(f -> f.check() == Check.DG_HASH && f.dataGroup() == dataGroup).findFirst();
    }

    @Override
    public String toString() {
        return "Verdict[" + reason + (assurance == null ? "" : ", " + assurance) + ", failures=" + failureReasons()
                + "]";
    }
}
