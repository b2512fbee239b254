package org.bawaba.eid.verifier.pki;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.bawaba.eid.verifier.VerdictReason;
import org.bawaba.eid.verifier.crypto.BouncyCastle;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Validates a document signer certificate: PKIX (BouncyCastle) against the trusted CSCAs of its issuer name at the
 * validation time, CSCA validity and key usage, DS key usage, and revocation from the snapshot's verified CRLs.
 */
public final class DocumentSignerValidator {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_CERT_SIGN = 5;

    private final ValidatedChainCache cache;

    /** @param cache null to validate every time */
    public DocumentSignerValidator(ValidatedChainCache cache) {
        this.cache = cache;
    }

    public ChainCheck validate(X509Certificate ds, Instant at, TrustSnapshot trust) {
        boolean[] keyUsage = ds.getKeyUsage();
        if (keyUsage == null || keyUsage.length <= DIGITAL_SIGNATURE || !keyUsage[DIGITAL_SIGNATURE]
                || ds.getBasicConstraints() >= 0) {
            return ChainCheck.failed(VerdictReason.DS_KEY_USAGE_INVALID,
                    "DS certificate must be an end-entity certificate with digitalSignature key usage");
        }
        byte[] fingerprint = fingerprint(ds);
        if (fingerprint == null) {
            return ChainCheck.failed(VerdictReason.DS_CHAIN_UNTRUSTED, "DS certificate cannot be encoded");
        }
        X509Certificate csca = null;
        boolean cached = false;
        if (cache != null) {
            Optional<X509Certificate> hit = cache.lookup(fingerprint, trust.generation(), at);
            if (hit.isPresent()) {
                csca = hit.get();
                cached = true;
            }
        }
        if (csca == null) {
            ChainCheck pkix = pkix(ds, at, trust.anchorsFor(ds.getIssuerX500Principal()));
            if (!pkix.trusted()) {
                return pkix;
            }
            csca = pkix.csca();
            if (cache != null) {
                cache.remember(fingerprint, trust.generation(), csca, latest(ds, csca), earliest(ds, csca));
            }
        }
        if (trust.isRevoked(ds.getIssuerX500Principal(), ds.getSerialNumber())) {
            return ChainCheck.failed(VerdictReason.DS_REVOKED, "DS certificate serial "
                    + ds.getSerialNumber().toString(16) + " is on its CSCA's CRL");
        }
        return new ChainCheck(null, cached ? "chain validated (cached)" : "chain validated", csca,
                country(csca.getSubjectX500Principal()), country(ds.getSubjectX500Principal()), cached);
    }

    private static ChainCheck pkix(X509Certificate ds, Instant at, Set<TrustAnchor> candidates) {
        if (candidates.isEmpty()) {
            return ChainCheck.failed(VerdictReason.DS_CHAIN_UNTRUSTED,
                    "no trusted CSCA named " + ds.getIssuerX500Principal().getName());
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", BouncyCastle.provider());
            CertPath path = factory.generateCertPath(List.of(ds));
            PKIXParameters parameters = new PKIXParameters(candidates);
            parameters.setDate(Date.from(at));
            // Revocation comes from the snapshot's pre-verified CRLs, checked by the caller.
            parameters.setRevocationEnabled(false);
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator
                    .getInstance("PKIX", BouncyCastle.provider()).validate(path, parameters);
            X509Certificate csca = result.getTrustAnchor().getTrustedCert();
            if (at.isBefore(csca.getNotBefore().toInstant()) || at.isAfter(csca.getNotAfter().toInstant())) {
                return ChainCheck.failed(VerdictReason.DS_CHAIN_UNTRUSTED, "CSCA not valid at the validation time");
            }
            boolean[] keyUsage = csca.getKeyUsage();
            if (keyUsage != null && (keyUsage.length <= KEY_CERT_SIGN || !keyUsage[KEY_CERT_SIGN])) {
                return ChainCheck.failed(VerdictReason.DS_CHAIN_UNTRUSTED, "CSCA lacks keyCertSign key usage");
            }
            return new ChainCheck(null, "chain validated", csca, null, null, false);
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID
                    || signedByCandidateButOutsideValidity(ds, at, candidates)) {
                return outsideValidity(ds, at, e.getReason());
            }
            return ChainCheck.failed(VerdictReason.DS_CHAIN_UNTRUSTED, "PKIX: " + safeMessage(e));
        } catch (GeneralSecurityException | RuntimeException e) {
            return ChainCheck.failed(VerdictReason.DS_CHAIN_UNTRUSTED, "PKIX: " + e.getClass().getSimpleName());
        }
    }

    /** Expired and not yet valid are different stories (a stale document, or a clock or a signer gone wrong). */
    private static ChainCheck outsideValidity(X509Certificate ds, Instant at, CertPathValidatorException.Reason reason) {
        boolean notYetValid = at.isBefore(ds.getNotBefore().toInstant())
                || (!at.isAfter(ds.getNotAfter().toInstant())
                && reason == CertPathValidatorException.BasicReason.NOT_YET_VALID);
        return notYetValid
                ? ChainCheck.failed(VerdictReason.DS_CERTIFICATE_NOT_YET_VALID,
                        "DS certificate not valid before " + ds.getNotBefore().toInstant())
                : ChainCheck.failed(VerdictReason.DS_CERTIFICATE_EXPIRED,
                        "DS certificate expired on " + ds.getNotAfter().toInstant());
    }

    /** BouncyCastle does not always set a PKIX reason: tell an expired genuine DS from an untrusted one. */
    private static boolean signedByCandidateButOutsideValidity(X509Certificate ds, Instant at,
            Set<TrustAnchor> candidates) {
        if (!at.isBefore(ds.getNotBefore().toInstant()) && !at.isAfter(ds.getNotAfter().toInstant())) {
            return false;
        }
        for (TrustAnchor anchor : candidates) {
            try {
                ds.verify(anchor.getTrustedCert().getPublicKey(), BouncyCastle.provider());
                return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this CSCA key
            }
        }
        return false;
    }

    private static Instant latest(X509Certificate a, X509Certificate b) {
        Instant x = a.getNotBefore().toInstant();
        Instant y = b.getNotBefore().toInstant();
        return x.isAfter(y) ? x : y;
    }

    private static Instant earliest(X509Certificate a, X509Certificate b) {
        Instant x = a.getNotAfter().toInstant();
        Instant y = b.getNotAfter().toInstant();
        return x.isBefore(y) ? x : y;
    }

    private static byte[] fingerprint(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** The country attribute of a certificate name, upper case, or null. */
    public static String country(X500Principal principal) {
        try {
            RDN[] rdns = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.C);
            if (rdns.length != 1) {
                return null;
            }
            return IETFUtils.valueToString(rdns[0].getFirst().getValue()).trim().toUpperCase(Locale.ROOT);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String safeMessage(Exception e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 160 ? message.substring(0, 160) : message;
    }
}
