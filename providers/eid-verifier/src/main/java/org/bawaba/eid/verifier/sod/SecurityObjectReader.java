package org.bawaba.eid.verifier.sod;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.bawaba.eid.verifier.crypto.BouncyCastle;
import org.bawaba.eid.verifier.tlv.BerTlv;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;

/**
 * Parses EF.SOD with BouncyCastle CMS. Never trusts anything it reads: the signature is checked later.
 *
 * <p>What protects which bytes of EF.SOD:
 * <ul>
 * <li>The DS signature covers the DER encoding of the signed attributes and, through their messageDigest, the
 * encapsulated LDS security object (its digest algorithm and every data group hash).</li>
 * <li>The CSCA signature covers the DS certificate, which must be DER.</li>
 * <li>No signature covers the rest: the 0x77 wrapper, the ContentInfo, SignedData and SignerInfo fields around
 * them, every length, and the parameters of the digest and signature AlgorithmIdentifiers. This reader pins it:
 * all of EF.SOD must be DER (one encoding per value, so no length, tag form or set order can vary); content types,
 * versions, the single signer, its digest algorithm, the [0] tag of its signed attributes and its identifier are
 * fixed; and the unsigned AlgorithmIdentifier parameters must be absent, NULL, RSASSA-PSS parameters (pinned the
 * same way inside), or exactly the DS key's parameters.</li>
 * <li>Left free, because genuine documents differ there and the outcome cannot change: which of those allowed
 * forms the unsigned parameters take (absent or NULL, chiefly), a signature algorithm OID swapped for an
 * equivalent one (rsaEncryption for sha256WithRSAEncryption), unsigned attributes, CRLs, and certificates other
 * than the DS certificate (none of them is read).</li>
 * </ul>
 */
public final class SecurityObjectReader {

    /** Real EF.SODs are 1-4 kB; a few certificates more still fit. */
    public static final int MAX_SOD_BYTES = 64 * 1024;

    private static final int EF_SOD_TAG = 0x77;

    private SecurityObjectReader() {
    }

    public static SecurityObject read(byte[] efSod) throws SecurityObjectFormatException {
        if (efSod == null || efSod.length == 0) {
            throw new SecurityObjectFormatException("EF.SOD missing");
        }
        if (efSod.length > MAX_SOD_BYTES) {
            throw new SecurityObjectFormatException("EF.SOD too large");
        }
        try {
            BerTlv.Header outer = BerTlv.header(efSod, 0, efSod.length);
            if (outer.tag() != EF_SOD_TAG || outer.end() != efSod.length) {
                throw new SecurityObjectFormatException("EF.SOD is not a single 0x77 TLV");
            }
            ASN1Primitive contentInfo;
            try (ASN1InputStream in = new ASN1InputStream(
                    new java.io.ByteArrayInputStream(efSod, outer.valueOffset(), outer.length()), outer.length())) {
                contentInfo = in.readObject();
                if (contentInfo == null || in.readObject() != null) {
                    throw new SecurityObjectFormatException("EF.SOD content is not a single ContentInfo");
                }
            }
            requireDer(efSod, outer, contentInfo);
            ContentInfo info = ContentInfo.getInstance(contentInfo);
            // CMS leaves these outside the signature: pin them (see the class comment for what remains free).
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new SecurityObjectFormatException("EF.SOD is not CMS SignedData");
            }
            CMSSignedData signed = new CMSSignedData(info);
            SignedData rawSignedData = SignedData.getInstance(info.getContent());
            if (rawSignedData.getVersion().intValueExact() != 3) {
                throw new SecurityObjectFormatException("EF.SOD SignedData version must be 3");
            }
            if (!ICAOObjectIdentifiers.id_icao_ldsSecurityObject.getId().equals(signed.getSignedContentTypeOID())) {
                throw new SecurityObjectFormatException("EF.SOD does not encapsulate an LDS security object");
            }
            if (signed.getSignedContent() == null) {
                throw new SecurityObjectFormatException("EF.SOD has no encapsulated content");
            }
            byte[] content = (byte[]) signed.getSignedContent().getContent();
            LDSSecurityObject lds = LDSSecurityObject.getInstance(ASN1Primitive.fromByteArray(content));
            String digestAlgorithm = digestName(lds.getDigestAlgorithmIdentifier().getAlgorithm());

            Map<Integer, byte[]> hashes = new HashMap<>();
            for (DataGroupHash hash : lds.getDatagroupHash()) {
                int number = hash.getDataGroupNumber();
                if (number < 1 || number > 16) {
                    throw new SecurityObjectFormatException("data group number out of range");
                }
                if (hashes.put(number, hash.getDataGroupHashValue().getOctets()) != null) {
                    throw new SecurityObjectFormatException("data group hashed twice");
                }
            }

            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new SecurityObjectFormatException("EF.SOD must have exactly one signer");
            }
            SignerInformation signer = signers.iterator().next();
            Set<AlgorithmIdentifier> declared = signed.getDigestAlgorithmIDs();
            if (declared.size() != 1 || !declared.iterator().next().getAlgorithm()
                    .equals(signer.getDigestAlgorithmID().getAlgorithm())) {
                throw new SecurityObjectFormatException("EF.SOD digestAlgorithms disagree with its signer");
            }
            pinSignerInfo(signer, rawSignedData);
            X509Certificate documentSigner = signerCertificate(signed, signer);
            pinAlgorithmParameters(rawSignedData, documentSigner);
            return new SecurityObject(digestAlgorithm, hashes, documentSigner, signingTime(signer), signer);
        } catch (SecurityObjectFormatException e) {
            throw e;
        } catch (CMSException | IOException | CertificateException | BerTlv.TlvException | IllegalArgumentException
                | IllegalStateException | ArithmeticException | ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            throw new SecurityObjectFormatException("EF.SOD unparseable: " + e.getClass().getSimpleName());
        }
    }

    /**
     * BouncyCastle accepts variants of the unsigned SignerInfo fields (any version, any context tag on the signed
     * attributes); ICAO SODs have version 1 or 3 and signed attributes tagged [0]. Pin them.
     */
    private static void pinSignerInfo(SignerInformation signer, SignedData rawSignedData)
            throws SecurityObjectFormatException {
        org.bouncycastle.asn1.cms.SignerInfo info = signer.toASN1Structure();
        int version = info.getVersion().intValueExact();
        if (version != (signer.getSID().getSubjectKeyIdentifier() != null ? 3 : 1)) {
            throw new SecurityObjectFormatException("SignerInfo version does not match its identifier");
        }
        // The SignerInfo as parsed, not BouncyCastle's normalised copy.
        org.bouncycastle.asn1.ASN1Sequence raw = org.bouncycastle.asn1.ASN1Sequence.getInstance(
                rawSignedData.getSignerInfos().getObjectAt(0));
        if (raw.size() < 4 || !(raw.getObjectAt(3) instanceof org.bouncycastle.asn1.ASN1TaggedObject tagged)
                || tagged.getTagNo() != 0 || tagged.getTagClass() != org.bouncycastle.asn1.BERTags.CONTEXT_SPECIFIC) {
            throw new SecurityObjectFormatException("SignerInfo must carry signed attributes tagged [0]");
        }
    }

    /**
     * Only DER gives each value a single encoding: lengths in long or indefinite form, constructed strings or
     * unsorted sets would otherwise let unsigned bytes change while the signature still verifies.
     */
    private static void requireDer(byte[] efSod, BerTlv.Header outer, ASN1Primitive contentInfo)
            throws IOException, SecurityObjectFormatException {
        byte[] der = contentInfo.getEncoded(ASN1Encoding.DER);
        int length = der.length;
        int headerLength = 1 + (length < 0x80 ? 1 : length <= 0xFF ? 2 : length <= 0xFFFF ? 3 : 4);
        if (outer.valueOffset() != headerLength || !java.util.Arrays.equals(efSod, outer.valueOffset(),
                efSod.length, der, 0, length)) {
            throw new SecurityObjectFormatException("EF.SOD is not DER encoded");
        }
    }

    /**
     * BouncyCastle reads only the algorithm OIDs of these unsigned AlgorithmIdentifiers (and the PSS parameters),
     * so any other parameter value would go unnoticed: allow none but those a genuine signer writes.
     */
    private static void pinAlgorithmParameters(SignedData rawSignedData, X509Certificate documentSigner)
            throws SecurityObjectFormatException, CertificateException {
        ASN1Encodable keyParameters = documentSigner == null ? null
                : org.bouncycastle.asn1.x509.Certificate.getInstance(documentSigner.getEncoded())
                .getSubjectPublicKeyInfo().getAlgorithm().getParameters();
        for (ASN1Encodable digest : rawSignedData.getDigestAlgorithms()) {
            requireCanonicalParameters(AlgorithmIdentifier.getInstance(digest), null, 0);
        }
        org.bouncycastle.asn1.cms.SignerInfo info = org.bouncycastle.asn1.cms.SignerInfo.getInstance(
                rawSignedData.getSignerInfos().getObjectAt(0));
        requireCanonicalParameters(info.getDigestAlgorithm(), null, 0);
        requireCanonicalParameters(info.getDigestEncryptionAlgorithm(), keyParameters, 0);
    }

    private static void requireCanonicalParameters(AlgorithmIdentifier algorithm, ASN1Encodable keyParameters,
            int depth) throws SecurityObjectFormatException {
        ASN1Encodable parameters = algorithm.getParameters();
        if (parameters == null || DERNull.INSTANCE.equals(parameters.toASN1Primitive())) {
            return;
        }
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (depth < 2 && PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
            RSASSAPSSparams pss = RSASSAPSSparams.getInstance(parameters);
            requireCanonicalParameters(pss.getHashAlgorithm(), null, depth + 1);
            requireCanonicalParameters(pss.getMaskGenAlgorithm(), null, depth + 1);
            if (sameDer(pss, parameters)) {
                return;
            }
        } else if (depth < 2 && PKCSObjectIdentifiers.id_mgf1.equals(oid)) {
            AlgorithmIdentifier hash = AlgorithmIdentifier.getInstance(parameters);
            requireCanonicalParameters(hash, null, depth + 1);
            if (sameDer(hash, parameters)) {
                return;
            }
        } else if (keyParameters != null && sameDer(keyParameters, parameters)) {
            return;   // e.g. id-ecPublicKey as the signature algorithm, with the DS key's curve
        }
        throw new SecurityObjectFormatException("EF.SOD algorithm parameters not as a signer writes them: " + oid);
    }

    private static boolean sameDer(ASN1Encodable a, ASN1Encodable b) {
        try {
            return java.util.Arrays.equals(a.toASN1Primitive().getEncoded(ASN1Encoding.DER),
                    b.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signerCertificate(CMSSignedData signed, SignerInformation signer)
            throws CertificateException, IOException {
        Collection<X509CertificateHolder> matches =
                signed.getCertificates().getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        X509CertificateHolder holder = matches.iterator().next();
        byte[] encoded = holder.getEncoded();
        // X.509 certificates are DER; BouncyCastle verifies a re-encoded TBS, so only this catches BER variants.
        if (!java.util.Arrays.equals(encoded, holder.toASN1Structure().getEncoded(ASN1Encoding.DER))) {
            throw new CertificateException("DS certificate is not DER encoded");
        }
        // The name comparison that matched it ignores case; the identifier must name the certificate exactly.
        if (signer.getSID().getIssuer() != null && !java.util.Arrays.equals(
                signer.getSID().getIssuer().getEncoded(ASN1Encoding.DER), holder.getIssuer().getEncoded(ASN1Encoding.DER))) {
            throw new CertificateException("signer identifier does not name the DS certificate exactly");
        }
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(holder);
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            return null;
        }
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static String digestName(ASN1ObjectIdentifier oid) throws SecurityObjectFormatException {
        if (OIWObjectIdentifiers.idSHA1.equals(oid)) {
            return "SHA-1";
        } else if (NISTObjectIdentifiers.id_sha224.equals(oid)) {
            return "SHA-224";
        } else if (NISTObjectIdentifiers.id_sha256.equals(oid)) {
            return "SHA-256";
        } else if (NISTObjectIdentifiers.id_sha384.equals(oid)) {
            return "SHA-384";
        } else if (NISTObjectIdentifiers.id_sha512.equals(oid)) {
            return "SHA-512";
        }
        throw new SecurityObjectFormatException("unsupported data group digest " + oid.getId());
    }
}
