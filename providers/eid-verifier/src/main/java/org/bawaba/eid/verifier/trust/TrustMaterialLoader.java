package org.bawaba.eid.verifier.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.bawaba.eid.verifier.crypto.BouncyCastle;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;

/**
 * Reads CSCA and link certificates and CRLs from a directory: DER or PEM certificates (one or a bundle, such as a
 * PEM master-list extract), DER or PEM CRLs ({@code .crl}), and ICAO CMS master lists ({@code .ml}). A file that
 * cannot be read is skipped with a warning; the rest still loads. Nothing here decides trust:
 * {@link org.bawaba.eid.verifier.pki.TrustSnapshot} keeps CA certificates and CSCA-signed CRLs only.
 */
public final class TrustMaterialLoader {

    private static final int MAX_DEPTH = 4;
    private static final long MAX_FILE_BYTES = 64L << 20;

    private TrustMaterialLoader() {
    }

    public static TrustMaterial loadDirectory(Path directory) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            warnings.add("trust directory does not exist: " + directory);
            return new TrustMaterial(certificates, crls, warnings);
        }
        for (Path file : files(directory, warnings)) {
            try {
                loadFile(file, certificates, crls);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                warnings.add("skipped " + directory.relativize(file) + ": " + e.getClass().getSimpleName());
            }
        }
        return new TrustMaterial(certificates, crls, warnings);
    }

    static List<Path> files(Path directory, List<String> warnings) {
        try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            warnings.add("cannot list " + directory + ": " + e.getClass().getSimpleName());
            return List.of();
        }
    }

    public static void loadFile(Path file, List<X509Certificate> certificates, List<X509CRL> crls)
            throws IOException, GeneralSecurityException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("file too large");
        }
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ml")) {
            certificates.addAll(readMasterList(bytes));
        } else if (name.endsWith(".crl") || isPem(bytes, "X509 CRL")) {
            crls.addAll(readCrls(bytes));
        } else {
            certificates.addAll(readCertificates(bytes));
        }
    }

    public static List<X509Certificate> readCertificates(byte[] bytes) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509", BouncyCastle.provider());
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate certificate : factory.generateCertificates(new ByteArrayInputStream(bytes))) {
            out.add((X509Certificate) certificate);
        }
        if (out.isEmpty()) {
            throw new GeneralSecurityException("no certificate");
        }
        return out;
    }

    public static List<X509CRL> readCrls(byte[] bytes) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509", BouncyCastle.provider());
        List<X509CRL> out = new ArrayList<>();
        for (CRL crl : factory.generateCRLs(new ByteArrayInputStream(bytes))) {
            out.add((X509CRL) crl);
        }
        if (out.isEmpty()) {
            throw new GeneralSecurityException("no CRL");
        }
        return out;
    }

    /**
     * An ICAO CSCA master list: CMS SignedData over a CscaMasterList. The CMS signature is checked with the
     * embedded master-list signer certificate, for integrity; trust in the list itself comes from the operator
     * placing it in the trust directory (the signer's own chain is not validated here).
     */
    @SuppressWarnings("unchecked")
    public static List<X509Certificate> readMasterList(byte[] bytes) throws GeneralSecurityException, IOException {
        try {
            CMSSignedData signed = new CMSSignedData(bytes);
            if (!ICAOObjectIdentifiers.id_icao_cscaMasterList.getId().equals(signed.getSignedContentTypeOID())) {
                throw new IOException("not a CSCA master list");
            }
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                var matches = signed.getCertificates()
                        .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
                if (matches.isEmpty() || !signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                        .setProvider(BouncyCastle.provider()).build(matches.iterator().next()))) {
                    throw new GeneralSecurityException("master list signature does not verify");
                }
            }
            CscaMasterList list = CscaMasterList.getInstance(
                    ASN1Primitive.fromByteArray((byte[]) signed.getSignedContent().getContent()));
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter()
                    .setProvider(BouncyCastle.provider());
            List<X509Certificate> out = new ArrayList<>();
            for (org.bouncycastle.asn1.x509.Certificate certificate : list.getCertStructs()) {
                out.add(converter.getCertificate(new X509CertificateHolder(certificate)));
            }
            return out;
        } catch (org.bouncycastle.cms.CMSException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException("unreadable master list", e);
        }
    }

    private static boolean isPem(byte[] bytes, String type) {
        int scan = Math.min(bytes.length, 4096);
        return new String(bytes, 0, scan, StandardCharsets.US_ASCII).contains("-----BEGIN " + type + "-----");
    }
}
