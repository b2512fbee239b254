package org.bawaba.eid.verifier.crypto;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider every JCA call of the verifier names explicitly. JDK 17's own providers cannot verify
 * brainpool curves nor parse explicit EC parameters. Uses Keycloak's registered "BC" when present, otherwise a
 * private instance (never registered globally: the verifier must not change the server's provider list).
 */
public final class BouncyCastle {

    private static final Provider PROVIDER = resolve();

    private BouncyCastle() {
    }

    public static Provider provider() {
        return PROVIDER;
    }

    private static Provider resolve() {
        Provider installed = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        return installed != null ? installed : new BouncyCastleProvider();
    }
}
