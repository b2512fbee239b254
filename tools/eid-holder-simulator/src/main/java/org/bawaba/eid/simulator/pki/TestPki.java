package org.bawaba.eid.simulator.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A country's test PKI: a CSCA, a good document signer, a revoked document signer with the CRL that revokes it,
 * and a rogue CSCA carrying the same name as the real one (with its own document signer), for forgeries.
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime() & 0xFFFFFFFFL);

    private final String country;
    private final KeyAlgorithm algorithm;
    private final X509Certificate csca;
    private final DocumentSigner documentSigner;
    private final DocumentSigner revokedDocumentSigner;
    private final X509CRL crl;
    private final X509Certificate rogueCsca;
    private final DocumentSigner rogueDocumentSigner;

    private TestPki(String country, KeyAlgorithm algorithm, X509Certificate csca, DocumentSigner documentSigner,
            DocumentSigner revokedDocumentSigner, X509CRL crl, X509Certificate rogueCsca,
            DocumentSigner rogueDocumentSigner) {
        this.country = country;
        this.algorithm = algorithm;
        this.csca = csca;
        this.documentSigner = documentSigner;
        this.revokedDocumentSigner = revokedDocumentSigner;
        this.crl = crl;
        this.rogueCsca = rogueCsca;
        this.rogueDocumentSigner = rogueDocumentSigner;
    }

    /**
     * @param countryAlpha2 ISO 3166 alpha-2 country of the CSCA and DS certificates (ICAO uses alpha-2 there)
     * @param now           the instant the certificates are valid around
     */
    public static TestPki generate(String countryAlpha2, KeyAlgorithm algorithm, Instant now, SecureRandom random) {
        try {
            X500Name cscaName = name(countryAlpha2, "CSCA-TEST-" + countryAlpha2, null);
            KeyPair cscaKeys = algorithm.newCscaKey(random);
            X509Certificate csca = issueCsca(cscaName, cscaKeys, algorithm, now);
            DocumentSigner ds = issueDs(name(countryAlpha2, "DS-TEST-" + countryAlpha2, "Document Signer"),
                    algorithm.newDsKey(random), cscaName, cscaKeys.getPrivate(), csca, algorithm, now);
            DocumentSigner revoked = issueDs(name(countryAlpha2, "DS-TEST-REVOKED-" + countryAlpha2, "Document Signer"),
                    algorithm.newDsKey(random), cscaName, cscaKeys.getPrivate(), csca, algorithm, now);
            X509CRL crl = issueCrl(cscaName, cscaKeys.getPrivate(), csca, algorithm, now,
                    revoked.certificate().getSerialNumber());

            KeyPair rogueKeys = algorithm.newCscaKey(random);
            X509Certificate rogueCsca = issueCsca(cscaName, rogueKeys, algorithm, now);
            DocumentSigner rogueDs = issueDs(name(countryAlpha2, "DS-TEST-" + countryAlpha2, "Document Signer"),
                    algorithm.newDsKey(random), cscaName, rogueKeys.getPrivate(), rogueCsca, algorithm, now);
            return new TestPki(countryAlpha2, algorithm, csca, ds, revoked, crl, rogueCsca, rogueDs);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot generate the test PKI", e);
        }
    }

    public String country() {
        return country;
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    public X509Certificate csca() {
        return csca;
    }

    public DocumentSigner documentSigner() {
        return documentSigner;
    }

    public DocumentSigner revokedDocumentSigner() {
        return revokedDocumentSigner;
    }

    public X509CRL crl() {
        return crl;
    }

    /** A self-signed CSCA with the real CSCA's name but another key: not in any trust store. */
    public X509Certificate rogueCsca() {
        return rogueCsca;
    }

    public DocumentSigner rogueDocumentSigner() {
        return rogueDocumentSigner;
    }

    /**
     * Writes the PKI to {@code directory}: DER certificates, PKCS#8 keys, the CRL, and a {@code trust/} folder
     * holding exactly what a verifier's trust store should contain (the CSCA and its CRL).
     */
    public void save(java.nio.file.Path directory) throws java.io.IOException {
        try {
            java.nio.file.Files.createDirectories(directory.resolve("trust"));
            java.nio.file.Files.writeString(directory.resolve("pki.properties"),
                    "country=" + country + "\nalgorithm=" + algorithm + "\n");
            java.nio.file.Files.write(directory.resolve("csca.der"), csca.getEncoded());
            java.nio.file.Files.write(directory.resolve("trust/csca-" + country + ".der"), csca.getEncoded());
            java.nio.file.Files.write(directory.resolve("trust/csca-" + country + ".crl"), crl.getEncoded());
            java.nio.file.Files.write(directory.resolve("crl.crl"), crl.getEncoded());
            java.nio.file.Files.write(directory.resolve("rogue-csca.der"), rogueCsca.getEncoded());
            saveSigner(directory, "ds", documentSigner);
            saveSigner(directory, "revoked-ds", revokedDocumentSigner);
            saveSigner(directory, "rogue-ds", rogueDocumentSigner);
        } catch (GeneralSecurityException e) {
            throw new java.io.IOException("cannot encode the PKI", e);
        }
    }

    public static TestPki load(java.nio.file.Path directory) throws java.io.IOException {
        try {
            java.util.Properties properties = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(directory.resolve("pki.properties"))) {
                properties.load(in);
            }
            KeyAlgorithm algorithm = KeyAlgorithm.valueOf(properties.getProperty("algorithm"));
            java.security.cert.CertificateFactory certificates =
                    java.security.cert.CertificateFactory.getInstance("X.509", BouncyCastle.provider());
            X509Certificate csca = readCertificate(certificates, directory.resolve("csca.der"));
            X509CRL crl;
            try (var in = java.nio.file.Files.newInputStream(directory.resolve("crl.crl"))) {
                crl = (X509CRL) certificates.generateCRL(in);
            }
            return new TestPki(properties.getProperty("country"), algorithm, csca,
                    loadSigner(directory, "ds", certificates, algorithm),
                    loadSigner(directory, "revoked-ds", certificates, algorithm), crl,
                    readCertificate(certificates, directory.resolve("rogue-csca.der")),
                    loadSigner(directory, "rogue-ds", certificates, algorithm));
        } catch (GeneralSecurityException e) {
            throw new java.io.IOException("cannot read the PKI in " + directory, e);
        }
    }

    private static void saveSigner(java.nio.file.Path directory, String name, DocumentSigner signer)
            throws java.io.IOException, GeneralSecurityException {
        java.nio.file.Files.write(directory.resolve(name + ".der"), signer.certificate().getEncoded());
        java.nio.file.Files.write(directory.resolve(name + ".key"), signer.privateKey().getEncoded());
    }

    private static DocumentSigner loadSigner(java.nio.file.Path directory, String name,
            java.security.cert.CertificateFactory certificates, KeyAlgorithm algorithm)
            throws java.io.IOException, GeneralSecurityException {
        X509Certificate certificate = readCertificate(certificates, directory.resolve(name + ".der"));
        PrivateKey key = java.security.KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm(),
                BouncyCastle.provider()).generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                java.nio.file.Files.readAllBytes(directory.resolve(name + ".key"))));
        return new DocumentSigner(key, certificate, algorithm.dsSignatureAlgorithm());
    }

    private static X509Certificate readCertificate(java.security.cert.CertificateFactory factory,
            java.nio.file.Path file) throws java.io.IOException, GeneralSecurityException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return (X509Certificate) factory.generateCertificate(in);
        }
    }

    private static X500Name name(String country, String commonName, String organisationalUnit) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, country)
                .addRDN(BCStyle.O, "Bawaba Test");
        if (organisationalUnit != null) {
            builder.addRDN(BCStyle.OU, organisationalUnit);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate issueCsca(X500Name name, KeyPair keys, KeyAlgorithm algorithm, Instant now)
            throws GeneralSecurityException, OperatorCreationException, java.io.IOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, nextSerial(),
                Date.from(now.minus(Duration.ofDays(365))), Date.from(now.plus(Duration.ofDays(15 * 365))),
                name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(keys.getPublic()));
        return sign(builder, keys.getPrivate(), algorithm.cscaSignatureAlgorithm());
    }

    private static DocumentSigner issueDs(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
            X509Certificate issuerCert, KeyAlgorithm algorithm, Instant now)
            throws GeneralSecurityException, OperatorCreationException, java.io.IOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        PublicKey issuerPublicKey = issuerCert.getPublicKey();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, nextSerial(),
                Date.from(now.minus(Duration.ofDays(30))), Date.from(now.plus(Duration.ofDays(11 * 365))),
                subject, keys.getPublic())
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuerPublicKey));
        X509Certificate certificate = sign(builder, issuerKey, algorithm.cscaSignatureAlgorithm());
        return new DocumentSigner(keys.getPrivate(), certificate, algorithm.dsSignatureAlgorithm());
    }

    private static X509CRL issueCrl(X500Name issuer, PrivateKey issuerKey, X509Certificate issuerCert,
            KeyAlgorithm algorithm, Instant now, BigInteger revokedSerial)
            throws GeneralSecurityException, OperatorCreationException, java.io.IOException {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(now.minus(Duration.ofDays(1))))
                .setNextUpdate(Date.from(now.plus(Duration.ofDays(90))))
                .addCRLEntry(revokedSerial, Date.from(now.minus(Duration.ofDays(1))), CRLReason.keyCompromise)
                .addExtension(Extension.authorityKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuerCert.getPublicKey()));
        ContentSigner signer = new JcaContentSignerBuilder(algorithm.cscaSignatureAlgorithm())
                .setProvider(BouncyCastle.provider()).build(issuerKey);
        return new JcaX509CRLConverter().setProvider(BouncyCastle.provider()).getCRL(builder.build(signer));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key, String algorithm)
            throws GeneralSecurityException, OperatorCreationException {
        ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.provider()).build(key);
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.provider())
                .getCertificate(builder.build(signer));
    }

    private static BigInteger nextSerial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }
}
