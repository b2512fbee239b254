package org.bawaba.eid.verifier.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/** Certificates and CRLs read from trust sources, before any trust decision, with per-file warnings. */
public record TrustMaterial(List<X509Certificate> certificates, List<X509CRL> crls, List<String> warnings) {

    public TrustMaterial {
        certificates = List.copyOf(certificates);
        crls = List.copyOf(crls);
        warnings = List.copyOf(warnings);
    }
}
