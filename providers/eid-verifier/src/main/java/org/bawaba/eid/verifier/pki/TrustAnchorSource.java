package org.bawaba.eid.verifier.pki;

/**
 * Where the verifier gets its CSCAs and CRLs. Implementations may reload by returning another snapshot; every
 * snapshot carries its own {@link TrustSnapshot#generation()}, which keys the validated-chain cache.
 */
@FunctionalInterface
public interface TrustAnchorSource {

    TrustSnapshot snapshot();

    static TrustAnchorSource of(TrustSnapshot snapshot) {
        return () -> snapshot;
    }
}
