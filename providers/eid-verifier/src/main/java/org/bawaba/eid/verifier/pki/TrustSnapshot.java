package org.bawaba.eid.verifier.pki;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.x500.X500Principal;

import org.bawaba.eid.verifier.crypto.BouncyCastle;

/**
 * An immutable set of trusted CSCA certificates (self-signed and link certificates alike: all come from the
 * operator's trusted sources, so each one's key is a trusted CSCA key) and the revocations from CRLs that verify
 * under one of them. Certificates that are not CA certificates and CRLs that no trusted CSCA signed are left out,
 * with a warning.
 */
public final class TrustSnapshot {

    /** Generations are handed out here, never by callers: two snapshots never share one. */
    private static final AtomicLong GENERATIONS = new AtomicLong();

    private final long generation;
    private final List<X509Certificate> cscas;
    private final Map<X500Principal, Set<TrustAnchor>> anchorsBySubject;
    private final Map<X500Principal, Set<BigInteger>> revokedByIssuer;
    private final int crlCount;
    private final List<String> warnings;

    private TrustSnapshot(long generation, List<X509Certificate> cscas,
            Map<X500Principal, Set<TrustAnchor>> anchorsBySubject, Map<X500Principal, Set<BigInteger>> revokedByIssuer,
            int crlCount, List<String> warnings) {
        this.generation = generation;
        this.cscas = cscas;
        this.anchorsBySubject = anchorsBySubject;
        this.revokedByIssuer = revokedByIssuer;
        this.crlCount = crlCount;
        this.warnings = warnings;
    }

    public static TrustSnapshot empty() {
        return of(List.of(), List.of());
    }

    public static TrustSnapshot of(Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        List<String> warnings = new ArrayList<>();
        Map<String, X509Certificate> unique = new LinkedHashMap<>();
        for (X509Certificate certificate : certificates) {
            if (!isCa(certificate)) {
                warnings.add("not a CA certificate, ignored: " + certificate.getSubjectX500Principal().getName());
                continue;
            }
            unique.putIfAbsent(fingerprint(certificate), certificate);
        }
        Map<X500Principal, Set<TrustAnchor>> bySubject = new HashMap<>();
        for (X509Certificate csca : unique.values()) {
            bySubject.computeIfAbsent(csca.getSubjectX500Principal(), k -> new HashSet<>())
                    .add(new TrustAnchor(csca, null));
        }
        Map<X500Principal, Set<BigInteger>> revoked = new HashMap<>();
        int acceptedCrls = 0;
        for (X509CRL crl : crls) {
            X509Certificate signer = crlSigner(crl, bySubject.getOrDefault(crl.getIssuerX500Principal(), Set.of()));
            if (signer == null) {
                warnings.add("CRL not signed by a trusted CSCA, ignored: " + crl.getIssuerX500Principal().getName());
                continue;
            }
            acceptedCrls++;
            Set<BigInteger> serials = revoked.computeIfAbsent(crl.getIssuerX500Principal(), k -> new HashSet<>());
            Set<? extends X509CRLEntry> entries = crl.getRevokedCertificates();
            if (entries != null) {
                entries.forEach(entry -> serials.add(entry.getSerialNumber()));
            }
        }
        bySubject.replaceAll((k, v) -> Set.copyOf(v));
        revoked.replaceAll((k, v) -> Set.copyOf(v));
        return new TrustSnapshot(GENERATIONS.incrementAndGet(), List.copyOf(unique.values()), Map.copyOf(bySubject),
                Map.copyOf(revoked), acceptedCrls, List.copyOf(warnings));
    }

    /**
     * Unique to this snapshot within the JVM, and greater than that of every snapshot made before it. It keys the
     * validated-chain cache, so a chain validated against one snapshot is never served for another.
     */
    public long generation() {
        return generation;
    }

    public List<X509Certificate> cscaCertificates() {
        return cscas;
    }

    /** Trust anchors whose subject is {@code issuer}: the candidates for a DS certificate's issuer. */
    public Set<TrustAnchor> anchorsFor(X500Principal issuer) {
        return anchorsBySubject.getOrDefault(issuer, Set.of());
    }

    /**
     * True when a verified CRL of {@code issuer} lists {@code serial}. Any listing counts, whatever its date: a
     * revoked document signer is not trusted for forensic checks either.
     */
    public boolean isRevoked(X500Principal issuer, BigInteger serial) {
        return revokedByIssuer.getOrDefault(issuer, Set.of()).contains(serial);
    }

    public int crlCount() {
        return crlCount;
    }

    public List<String> warnings() {
        return warnings;
    }

    private static boolean isCa(X509Certificate certificate) {
        boolean[] keyUsage = certificate.getKeyUsage();
        boolean certSign = keyUsage != null && keyUsage.length > 5 && keyUsage[5];
        return certificate.getBasicConstraints() >= 0 || certSign;
    }

    private static X509Certificate crlSigner(X509CRL crl, Set<TrustAnchor> candidates) {
        for (TrustAnchor anchor : candidates) {
            try {
                crl.verify(anchor.getTrustedCert().getPublicKey(), BouncyCastle.provider());
                return anchor.getTrustedCert();
            } catch (Exception e) {
                // another CSCA key of the same name may have signed it
            }
        }
        return null;
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "TrustSnapshot[generation=" + generation + ", cscas=" + cscas.size() + ", crls=" + crlCount + "]";
    }
}
