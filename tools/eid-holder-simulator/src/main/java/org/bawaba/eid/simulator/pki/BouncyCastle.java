package org.bawaba.eid.simulator.pki;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The BouncyCastle provider every JCA call here names explicitly (JDK 17 cannot do brainpool). */
public final class BouncyCastle {

    private static final Provider PROVIDER = resolve();

    private BouncyCastle() {
    }

    public static Provider provider() {
        return PROVIDER;
    }

    private static synchronized Provider resolve() {
        Provider installed = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (installed != null) {
            return installed;
        }
        // JMRTD looks BC up by name when it builds SecurityInfos, so the tool registers it.
        Provider bc = new BouncyCastleProvider();
        Security.addProvider(bc);
        return bc;
    }
}
