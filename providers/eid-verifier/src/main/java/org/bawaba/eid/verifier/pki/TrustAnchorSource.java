package org.bawaba.eid.verifier.pki;

/**
 * Where the verifier gets its CSCAs and CRLs. Implementations may reload; each reload must produce a snapshot with
 * a new {@link TrustSnapshot#generation()}, which keys the validated-chain cache.
 */
@FunctionalInterface
public interface TrustAnchorSource {

    TrustSnapshot snapshot();

    static TrustAnchorSource of(TrustSnapshot snapshot) {
        return () -> snapshot;
    }
}
