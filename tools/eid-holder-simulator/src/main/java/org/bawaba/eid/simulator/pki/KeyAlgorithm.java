package org.bawaba.eid.simulator.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** Key families the test PKI can issue: the two chains the benchmark and tests use. */
public enum KeyAlgorithm {
    /** RSA-3072 CSCA, RSA-2048 document signer, SHA-256 signatures. */
    RSA("SHA256withRSA", "SHA256withRSA"),
    /** brainpoolP384r1 CSCA, brainpoolP256r1 document signer, ECDSA signatures. */
    BRAINPOOL("SHA384withECDSA", "SHA256withECDSA");

    private final String cscaSignatureAlgorithm;
    private final String dsSignatureAlgorithm;

    KeyAlgorithm(String cscaSignatureAlgorithm, String dsSignatureAlgorithm) {
        this.cscaSignatureAlgorithm = cscaSignatureAlgorithm;
        this.dsSignatureAlgorithm = dsSignatureAlgorithm;
    }

    public String cscaSignatureAlgorithm() {
        return cscaSignatureAlgorithm;
    }

    public String dsSignatureAlgorithm() {
        return dsSignatureAlgorithm;
    }

    public KeyPair newCscaKey(SecureRandom random) {
        return this == RSA ? rsa(3072, random) : ec("brainpoolP384r1", random);
    }

    public KeyPair newDsKey(SecureRandom random) {
        return this == RSA ? rsa(2048, random) : ec("brainpoolP256r1", random);
    }

    public static KeyPair rsa(int bits, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.provider());
            generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    public static KeyPair ec(String curve, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
            generator.initialize(new ECGenParameterSpec(curve), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC key generation failed for " + curve, e);
        }
    }
}
