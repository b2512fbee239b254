package org.bawaba.spi.trust;

import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.keycloak.provider.Provider;

/**
 * CSCA and link certificates and CRLs for chip document verification, as a session-scoped Keycloak provider. The
 * snapshot it returns is server-wide configuration shared by all sessions, never user state.
 */
public interface DocumentTrustStoreProvider extends Provider, TrustAnchorSource {

    @Override
    TrustSnapshot snapshot();

    @Override
    default void close() {
    }
}
