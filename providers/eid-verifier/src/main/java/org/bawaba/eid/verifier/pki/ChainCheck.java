package org.bawaba.eid.verifier.pki;

import java.security.cert.X509Certificate;

import org.bawaba.eid.verifier.VerdictReason;

/**
 * Outcome of validating a document signer certificate. On success {@code failure} is null and {@code csca} is the
 * anchor it chains to; the countries are the certificates' {@code C} attributes, upper case, or null.
 */
public record ChainCheck(VerdictReason failure, String detail, X509Certificate csca, String cscaCountry,
        String dsCountry, boolean cached) {

    public boolean trusted() {
        return failure == null;
    }

    static ChainCheck failed(VerdictReason reason, String detail) {
        return new ChainCheck(reason, detail, null, null, null, false);
    }
}
