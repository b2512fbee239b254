package org.bawaba.eid.simulator.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A document signer key and its certificate. */
public record DocumentSigner(PrivateKey privateKey, X509Certificate certificate, String signatureAlgorithm) {
}
